/**
 * Response bodies built piece by piece: the bulk files outgrow the longest string V8 can
 * hold (~512 MB) long before 40,000 reports, so they are never joined into one string.
 */
export function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = pieces[Symbol.iterator]();
	return new ReadableStream({
		pull(controller) {
			const next = iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
}

/** `[a,b,…]` as a JSON array, one element at a time. */
export function* jsonArray(items: Iterable<unknown>): Generator<string> {
	let first = true;
	yield '[';
	for (const item of items) {
		yield (first ? '' : ',') + JSON.stringify(item);
		first = false;
	}
	yield ']';
}
