import { describe, expect, it } from 'vitest';
import { lowerAscii } from '../../core/src/characters';

describe('lowerAscii', () => {
	it('lowers ASCII capitals of a range in place and keeps every other character, in one-byte and two-byte text', () => {
		expect(lowerAscii('Wenjun DIAO ; Xiaobo', 7, 11)).toBe('diao');
		expect(lowerAscii('χ² ; O\'BRIEN-SMITH', 5, 18)).toBe('o\'brien-smith');
		expect(lowerAscii('ÖZTÜRK 刁', 0, 8)).toBe('Özt\u00dcrk 刁');
		expect(lowerAscii('ABC', 1, 1)).toBe('');
	});
});
