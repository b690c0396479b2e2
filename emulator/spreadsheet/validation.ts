// Data validation rules and their builder (SpreadsheetApp.newDataValidation()). The fake records the
// rule; it does not reject values written by a script (neither does the real service for scripts).
import { Fake, Like } from '../calls';
import type { FakeRange } from './range';

type GDV = GoogleAppsScript.Spreadsheet.DataValidation;
type GDVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
} as const;

export interface RuleData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidation
  extends Fake
  implements Like<GDV, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  readonly _kind = 'DataValidation';
  readonly _service = 'Spreadsheet' as const;
  constructor(readonly data: RuleData) {
    super();
  }
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.data = { ...this.data, values: [...this.data.values] };
    return b;
  }
}

export class FakeDataValidationBuilder
  extends Fake
  implements
    Like<
      GDVB,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireNumberBetween'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireCheckbox'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
    >
{
  readonly _kind = 'DataValidationBuilder';
  readonly _service = 'Spreadsheet' as const;
  data: RuleData = { criteria: '', values: [], allowInvalid: true, helpText: null };
  private set(criteria: string, values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range | FakeRange, showDropdown?: boolean): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(): this {
    return this.set('CHECKBOX', []);
  }
  setAllowInvalid(allow: boolean): this {
    this.data.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.data.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.data.criteria) throw new Error('You must specify a validation criteria.');
    return new FakeDataValidation({ ...this.data, values: [...this.data.values] });
  }
}
