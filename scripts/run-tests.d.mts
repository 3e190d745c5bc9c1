export declare const TEST_FILES: string[];
