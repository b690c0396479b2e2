// Thai formatting: digits, Buddhist-era dates and fiscal years, numbers, gaps in words.
export * from './digits';
export * from './dates';
export * from './numbers';
export * from './gap-words';
