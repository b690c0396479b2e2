// The ITA workbook, pure: table layouts, readers, planners. No Apps Script here.
export * from './layouts';
export * from './cells';
export * from './readers';
export * from './scores';
export * from './setup';
export * from './analysis-output';
export * from './highlight';
export * from './suggest';
export * from './import-plan';
export * from './doc-input';
export * from './result-measures';
export * from './help';
export * from './oit-items';
