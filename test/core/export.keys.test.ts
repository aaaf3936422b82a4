/** Citation keys: author, year, first significant title word; ASCII; unique; Chinese names read as surnames. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnknownKeyTokens, makeCitationKeys, toAscii } from '../../core/src/export/keys';
import { parseDocument } from '../../core/src/parse';

function entriesOf(text: string) {
	return parseDocument(text).entries;
}

function dump(records: Array<[string, string, string]>): string {
	return records.map(([title, authors, source], index) => `${index + 1}.${title}\n${authors}\n${source}\n`).join('');
}

describe('makeCitationKeys', () => {
	it('gives the sample the keys a reader expects, repeats suffixed a, b in file order', async () => {
		const entries = entriesOf(readFileSync('test/fixtures/sample.txt', 'utf8'));
		const keys = await makeCitationKeys(entries);
		expect(keys).toEqual([
			'diao2025machine', 'huang2025development', 'liu2025medical', 'tan2025diagnostic', 'liu2025medicala',
			'tan2025diagnostica', 'diao2025machinea', 'huang2025developmenta', 'yang2024application', 'wang2024expert',
		]);
	});

	it('names a group author by its initials, a person with one name by that name', async () => {
		const entries = entriesOf(dump([
			['National specialised services statement', 'Advisory Group for National Specialised Services', 'Health Policy 2013;1(1):1-2'],
			['Vaccine trial results', '-FUTURE-II-Study-Group', 'Lancet 2007;1(1):1-2'],
			['Screening outcomes', 'Wenjun DIAO ; Advisory Group for National Specialised Services', 'J Radiol 2025;1(1):1-2'],
			['Imaging study', '张三 ; 李四', 'J Radiol 2024;1(1):1-2'],
			['Triage outcomes', 'ASCUS-LSIL Triage Study ; Castle P E', 'Am J Obstet Gynecol 2003;1(1):1-2'],
		]));
		expect(await makeCitationKeys(entries)).toEqual(['agnss2013national', 'fisg2007vaccine', 'diao2025screening', 'zhang2024imaging', 'alts2003triage']);
	});

	it('keeps every key unique even when a suffixed key is also some other entry\'s natural key', async () => {
		const entries = entriesOf(dump([
			['Machine learning', 'Wenjun DIAO', 'J Radiol 2025;1(1):1-2'],
			['Machine learning', 'Wenjun DIAO', 'J Radiol 2025;1(1):1-2'],
			['Machinea study', 'Wenjun DIAO', 'J Radiol 2025;1(1):1-2'],
			['Machine learning', 'Wenjun DIAO', 'J Radiol 2025;1(1):1-2'],
		]));
		const keys = await makeCitationKeys(entries);
		expect(new Set(keys).size).toBe(4);
		expect(keys[0]).toBe('diao2025machine');
		expect(keys[1]).toBe('diao2025machinea');
	});

	it('reads Chinese family names in surname pinyin (单 shan, 曾 zeng, 欧阳 ouyang)', async () => {
		const entries = entriesOf(dump([
			['乳腺癌的超声诊断', '单明 ; 李华', '中华超声影像学杂志 2020;29(1):1-5'],
			['肝癌的影像学研究', '曾志伟', '中华放射学杂志 2021;55(2):10-15'],
			['基于深度学习的肺结节检测', '欧阳娜娜 ; 王伟', '中国医学影像技术 2022;38(3):20-25'],
		]));
		const keys = await makeCitationKeys(entries);
		expect(keys[0]).toMatch(/^shan2020/);
		expect(keys[1]).toMatch(/^zeng2021/);
		expect(keys[2]).toMatch(/^ouyang2022/);
		expect(keys.every((key) => /^[a-z0-9]+$/.test(key))).toBe(true);
	});

	it('skips "基于" (based on) and English stopwords when picking the title word', async () => {
		const entries = entriesOf(dump([
			['基于深度学习的肺结节检测', '王伟', '中国医学影像技术 2022;38(3):20-25'],
			['The value of MRI in a study of the liver', 'Wei WANG', 'J Radiol 2020;1(1):1-2'],
		]));
		const keys = await makeCitationKeys(entries);
		expect(keys[0]).toBe('wang2022shendu');
		expect(keys[1]).toBe('wang2020value');
	});

	it('folds accents and drops apostrophes and hyphens', async () => {
		const entries = entriesOf(dump([['Über die Leber', 'María José GARCÍA-LÓPEZ ; François O\'BRIEN', 'Rev Esp 2005;1(1):1-2']]));
		expect(await makeCitationKeys(entries)).toEqual(['garcialopez2005uber']);
		expect(toAscii('Størmer Łukasz Æbeltoft Straße', () => '', false)).toBe('stormerlukaszaebeltoftstrasse');
	});

	it('writes "anon" for an entry without authors and never starts a key with a digit', async () => {
		const entries = entriesOf(dump([['2019 update on stroke', '', 'J Radiol 2019;1(1):1-2']]).replace('\n\n', '\n'));
		const keys = await makeCitationKeys(entries);
		expect(keys).toEqual(['anon2019update']);
		const numeric = await makeCitationKeys(entries, '[year][title]');
		expect(numeric[0]).toBe('ref2019update');
	});

	it('follows a custom pattern with case modifiers and literal text', async () => {
		const entries = entriesOf(dump([['Machine learning for stromal tumours', 'Wenjun DIAO', 'Chinese Journal of Radiology 2025;59(5):549-557']]));
		expect(await makeCitationKeys(entries, '[auth:capitalize]_[year]:[shorttitle]')).toEqual(['Diao_2025:machinelearningstromal']);
		expect(await makeCitationKeys(entries, '[auth:upper][journal][number]')).toEqual(['DIAOcjr1']);
	});

	it('names the tokens of a pattern that it does not know', () => {
		expect(findUnknownKeyTokens('[auth][veryear][title][foo:upper]')).toEqual(['veryear', 'foo']);
		expect(findUnknownKeyTokens('[auth][year][title]')).toEqual([]);
	});
});
