// SpreadsheetApp: the entry of the Spreadsheet service and its enums (enum reads are not counted).
import { Fake, Like } from '../calls';
import type { FakeUi } from '../ui';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { ProtectionType } from './protection';
import type { FakeSpreadsheet } from './spreadsheet';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';
import type { FakeSheet } from './sheet';
import type { FakeRange } from './range';

type GSA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

export class FakeSpreadsheetApp
  extends Fake
  implements
    Like<
      GSA,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'getUi'
      | 'flush'
      | 'newDataValidation'
    >
{
  readonly _kind = 'SpreadsheetApp';
  readonly _service = 'Spreadsheet' as const;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  /** How many times flush() was called (also in the counter as SpreadsheetApp.flush). */
  flushes = 0;
  constructor(
    private active: () => FakeSpreadsheet | null,
    private ui: FakeUi,
  ) {
    super();
  }
  getActive(): FakeSpreadsheet | null {
    return this.active();
  }
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.active();
  }
  getActiveSheet(): FakeSheet | undefined {
    return this.active()?.getActiveSheet();
  }
  getActiveRange(): FakeRange | undefined {
    return this.active()?.getActiveRange();
  }
  getUi(): FakeUi {
    return this.ui;
  }
  flush(): void {
    this.flushes++;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
}
