// Validation of one resident's data, shared by the API and the Excel import so both apply the
// same rules and speak the same messages. Pure.
import { bi, fieldError, type FieldError } from '../../core/errors.ts';
import { parseIdNumber, parsePhone, validationMessages, type ValidationRule } from './rules.ts';

export const relations = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof relations)[number];
export const flags = ['deprivedOfPoliticalRights', 'deceased', 'movedOut'] as const;
export type Flag = (typeof flags)[number];

export interface ResidentInput {
  name: string;
  idNumber: string;
  phone?: string | null | undefined;
  relationToHead: Relation;
  registered: boolean;
  habitual: boolean;
  partyMember: boolean;
  gender?: 'male' | 'female' | undefined;
  birthDate?: string | undefined;
}

export interface CleanResident {
  name: string; idNumber: string; phone: string | null; relationToHead: Relation;
  registered: boolean; habitual: boolean; partyMember: boolean; gender: 'male' | 'female'; birthDate: string;
}

const msg = (rule: ValidationRule) => bi(validationMessages[rule].zh, validationMessages[rule].en);

/** Returns the cleaned resident or the list of what is wrong; `field` names use `prefix`. */
export function checkResident(input: ResidentInput, prefix = '', today: string): { ok: true; value: CleanResident } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const name = input.name.trim();
  if (!/^[\p{Script=Han}\u00b7·a-zA-Z]{1,30}$/u.test(name)) { // any Han character, 生僻字 included
    errors.push(fieldError(f('name'), 'name.format', bi('姓名须为 1–30 个汉字或字母', 'Name must be 1–30 Chinese characters or letters')));
  }
  const id = parseIdNumber(input.idNumber, today);
  if (!id.ok) errors.push(fieldError(f('idNumber'), id.rule, msg(id.rule)));
  let phone: string | null = null;
  if (input.phone != null && input.phone.trim() !== '') {
    const p = parsePhone(input.phone);
    if (p.ok) phone = p.phone; else errors.push(fieldError(f('phone'), p.rule, msg(p.rule)));
  }
  if (!relations.includes(input.relationToHead)) {
    errors.push(fieldError(f('relationToHead'), 'relationToHead.unknown', bi('与户主关系无效', 'Unknown relation to the head of household')));
  }
  if (id.ok && input.gender && input.gender !== id.gender) {
    errors.push(fieldError(f('gender'), 'gender.mismatch', bi('性别与身份证号不符', 'Gender does not match the ID number')));
  }
  if (id.ok && input.birthDate && input.birthDate !== id.birthDate) {
    errors.push(fieldError(f('birthDate'), 'birthDate.mismatch', bi('出生日期与身份证号不符', 'Birth date does not match the ID number')));
  }
  if (errors.length || !id.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name, idNumber: id.idNumber, phone, relationToHead: input.relationToHead, registered: input.registered,
      habitual: input.habitual, partyMember: input.partyMember, gender: id.gender, birthDate: id.birthDate,
    },
  };
}
