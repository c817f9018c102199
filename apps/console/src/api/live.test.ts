import { parseSse } from './live';

describe('parseSse', () => {
  it('returns complete messages and keeps the unfinished rest for the next chunk', () => {
    const first = parseSse('retry: 3000\n: connected\n\nid: e-1\ndata: {"id":"e-1"}\n\nid: e-2\ndata: {"i');
    expect(first.messages).toEqual([{ event: 'message', id: 'e-1', data: '{"id":"e-1"}' }]);
    const second = parseSse(`${first.rest}d":"e-2"}\n\n: ping\n\nevent: resync\ndata: {}\n\n`);
    expect(second.messages).toEqual([
      { event: 'message', id: 'e-2', data: '{"id":"e-2"}' },
      { event: 'resync', data: '{}' },
    ]);
    expect(second.rest).toBe('');
  });

  it('joins multi-line data and accepts CRLF line ends', () => {
    expect(parseSse('data: a\r\ndata: b\r\n\r\n').messages).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores heartbeats and messages without data', () => {
    expect(parseSse(': ping\n\nevent: noop\n\n').messages).toEqual([]);
  });
});
