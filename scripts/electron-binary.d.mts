export declare function findElectronBinary(): { path: string | undefined; reason: string }
