/**
 * The INI dialect of gcloud's `configurations/config_<name>` files (Python configparser): sections
 * in file order, `key = value` lines, a blank line after each section (an emptied
 * section stays, as configparser leaves it).
 */
export type IniSections = Map<string, Map<string, string>>;

export function parseIni(text: string): IniSections {
	const sections: IniSections = new Map();
	let current: Map<string, string> | undefined;
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
		const header = /^\[(.+)\]$/.exec(line);
		if (header) {
			const name = header[1] ?? '';
			current = sections.get(name) ?? new Map();
			sections.set(name, current);
			continue;
		}
		const sep = line.search(/[=:]/);
		if (current === undefined || sep === -1) continue;
		current.set(line.slice(0, sep).trim(), line.slice(sep + 1).trim());
	}
	return sections;
}

export function formatIni(sections: IniSections): string {
	let out = '';
	for (const [name, values] of sections) {
		out += `[${name}]\n`;
		for (const [key, value] of values) out += `${key} = ${value}\n`;
		out += '\n';
	}
	return out;
}
