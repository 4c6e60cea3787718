import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from './api'

// Only the typed API crosses the bridge: never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'journal',
  createApi((channel, input) => ipcRenderer.invoke(channel, input)),
)
