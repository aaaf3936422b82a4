/** The citation formats offered by the export command (mirrors core's export formats). */
import { exportFormats } from '../../core/src/export/formats';

/** One choice in the format picker. */
export interface FormatChoice {
	id: string;
	label: string;
	extension: string;
	languageId: string;
}

/** Every format, as picker choices. */
export function exportFormatChoices(): FormatChoice[] {
	return exportFormats.map((format) => ({ id: format.id, label: format.label, extension: format.extension, languageId: format.languageId }));
}
