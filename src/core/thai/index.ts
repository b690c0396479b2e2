// Thai formatting: digits, Buddhist-era dates and fiscal years, numbers.
export * from './digits';
export * from './dates';
export * from './numbers';
