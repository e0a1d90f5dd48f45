import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdNumber, maskName, maskPhone } from '../../src/core/privacy.ts';

test('one name mask everywhere: the surname stays, the given name is hidden', () => {
  const cases: [string, string][] = [['谭秀英', '谭**'], ['李明', '李*'], ['欧阳明月', '欧***'], ['王', '王*'], [' 廖明华 ', '廖**'], ['Anna', 'A***'], ['', '*']];
  for (const [name, masked] of cases) assert.equal(maskName(name), masked, name);
});

test('ID numbers and phones keep only their ends', () => {
  const cases: [string, string][] = [
    [maskIdNumber('500230199001011234'), '5002**********1234'],
    [maskIdNumber('11010519491231002X'), '1101**********002X'],
    [maskIdNumber('1234567'), '*******'],
    [maskPhone('13812345678'), '138****5678'],
    [maskPhone('138 1234 5678'), '138****5678'],
    [maskPhone('023-70601234'), '023*******34'],
    [maskPhone('02370601234'), '023******34'],
    [maskPhone('12345'), '*****'],
    [maskPhone(''), ''],
  ];
  for (const [actual, expected] of cases) assert.equal(actual, expected);
});
