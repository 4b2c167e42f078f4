/** Pure helpers that answer "where is the cursor and what does the program look like there". */
export * from './eventLookup';
export * from './lineIndex';
export * from './frames';
export * from './variables';
export * from './lanes';
export * from './rows';
export * from './tests';
export * from './validate';
