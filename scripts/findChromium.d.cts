export declare function findChromium(): { path: string | null; source: string };
export declare const CHROMIUM_ARGS: string[];
