import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from './api'

// Only the typed API crosses the bridge: never ipcRenderer itself, nor its event objects.
contextBridge.exposeInMainWorld(
  'journal',
  createApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, forward)
      return () => ipcRenderer.removeListener(event, forward)
    },
  ),
)
