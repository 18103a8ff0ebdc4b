export declare const LAYERS: Record<string, readonly string[]>;
export declare const WEB_INPUTS: readonly string[];
