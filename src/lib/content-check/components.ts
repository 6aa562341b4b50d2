import { isMdxComponentName, MDX_COMPONENT_NAMES, MDX_COMPONENTS, type MdxComponent } from '../mdx-components';
import { notAllowedMessage, requiredMessage, unknownKeyMessage } from '../content-messages';
import { literalString, type Tag } from './tags';
import type { LineProblem } from './types';

/**
 * Components in a guide body checked against src/lib/mdx-components.ts: known names, known props,
 * required props present, choices within their values, and every opened component closed.
 * A capitalised tag is a component (MDX's rule); lower-case tags are HTML and left alone.
 */
export function componentProblems(tags: readonly Tag[]): LineProblem[] {
  const problems: LineProblem[] = [];
  const open: Tag[] = [];
  for (const tag of tags) {
    if (!/^[A-Z]/.test(tag.name)) continue;
    if (tag.unterminated) {
      problems.push({ line: tag.line, message: `${tag.name} のタグが「>」で閉じられていません（例：${exampleOf(tag.name)}）` });
      continue;
    }
    if (tag.closing) {
      const at = open.map((t) => t.name).lastIndexOf(tag.name);
      if (at < 0) {
        problems.push({ line: tag.line, message: `閉じタグ </${tag.name}> に対応する <${tag.name}> がありません。どちらかを直してください` });
        continue;
      }
      for (const unclosed of open.splice(at).slice(1)) problems.push(unclosedProblem(unclosed));
      continue;
    }
    if (!isMdxComponentName(tag.name)) {
      problems.push({ line: tag.line, message: `${tag.name} という部品は使えません（使える部品：${MDX_COMPONENT_NAMES.join(', ')}）` });
    } else {
      problems.push(...propProblems(tag, MDX_COMPONENTS[tag.name]));
    }
    if (!tag.selfClosing) open.push(tag);
  }
  for (const unclosed of open) problems.push(unclosedProblem(unclosed));
  return problems;
}

const exampleOf = (name: string) => (isMdxComponentName(name) ? MDX_COMPONENTS[name].example : `<${name}>`);

const unclosedProblem = (tag: Tag): LineProblem => ({
  line: tag.line,
  message: `${tag.name} の閉じタグ </${tag.name}> がありません（中身の後ろに </${tag.name}> を書くか、中身がなければ <${tag.name} … /> にしてください）`,
});

function propProblems(tag: Tag, component: MdxComponent): LineProblem[] {
  const problems: LineProblem[] = [];
  const allowed = Object.keys(component.props);
  for (const attribute of tag.attributes) {
    const prop = component.props[attribute.name];
    if (!prop) {
      const message = allowed.length
        ? unknownKeyMessage(attribute.name, allowed, tag.name)
        : `${tag.name} の ${attribute.name} という項目は使えません（${tag.name} には項目を付けません。例：${component.example}）`;
      problems.push({ line: attribute.line, message });
      continue;
    }
    const value = attribute.expression ? literalString(attribute.value ?? '') : attribute.value;
    const field = `${tag.name} の ${attribute.name}`;
    if (prop.values && value !== null && !prop.values.includes(value)) {
      problems.push({ line: attribute.line, message: notAllowedMessage(field, value, prop.values) });
    } else if (prop.required && (attribute.value === null || attribute.value.trim() === '')) {
      problems.push({ line: attribute.line, message: `${field} が空です（例：${component.example}）` });
    }
  }
  for (const [name, prop] of Object.entries(component.props)) {
    if (prop.required && !tag.attributes.some((a) => a.name === name)) {
      problems.push({ line: tag.line, message: requiredMessage(`${tag.name} の ${name}`, component.example) });
    }
  }
  return problems;
}
