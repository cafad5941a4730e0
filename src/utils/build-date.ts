/**
 * The day this build ran, as ISO `YYYY-MM-DD` in China's time zone: the access date of the
 * site's citations and the date /data/ gives for its files. Read once per build process.
 */
export const BUILD_DATE: string = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
}).format(new Date());
