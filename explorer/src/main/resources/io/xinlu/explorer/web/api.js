// The explorer's JSON API (docs/EXPLORER.md). Every failure carries the server's message ({"error": ...}).

async function answer(response) {
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && body.error) {
        message = body.error;
      }
    } catch (e) {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  return response;
}

export async function get(path) {
  return (await answer(await fetch(path, { headers: { Accept: 'application/json' } }))).json();
}

export async function post(path, body, signal) {
  return answer(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  }));
}

/** Posts and saves the answer as a download with the given file name. */
export async function download(path, body, fileName) {
  const blob = await (await post(path, body)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
