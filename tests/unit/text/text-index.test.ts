import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '@/utils/text/text-index';

function indexOf(html: string) {
  document.body.innerHTML = html;
  return buildTextIndex(document.body);
}

describe('buildTextIndex', () => {
  it('collapses whitespace and separates blocks and <br> with one space', () => {
    const index = indexOf('<h1>  Why\n PyTorch   Won </h1><p>First<br>line</p><p>Second&nbsp;&nbsp;para</p>');
    expect(index.text).toBe('Why PyTorch Won First line Second para');
  });

  it('joins inline elements without inventing spaces', () => {
    expect(indexOf('<p>Py<b>Tor</b><i>ch</i> is <a href="#">popular</a>.</p>').text).toBe('PyTorch is popular.');
  });

  it('skips scripts, styles, templates, form fields, hidden and editable content', () => {
    const index = indexOf(
      '<p>Kept</p><script>var x = 1</script><style>p{}</style><template><p>tpl</p></template>' +
        '<textarea>typed</textarea><select><option>opt</option></select><p hidden>secret</p>' +
        '<div contenteditable="true">draft</div><p>text</p>',
    );
    expect(index.text).toBe('Kept text');
  });

  it('skips the extension’s own UI hosts', () => {
    expect(indexOf('<p>Article</p><interview-lens-toolbar>Highlight</interview-lens-toolbar>').text).toBe('Article');
  });

  it('drops zero-width characters and soft hyphens and composes to NFC', () => {
    expect(indexOf('<p>Py\u200bTorch co\u00adop cafe\u0301</p>').text).toBe('PyTorch coop caf\u00e9');
  });

  it('maps offsets back to DOM ranges whose text is the same', () => {
    const index = indexOf('<p>“Throughout all these <em>revolutions</em>   that came,” he said.</p><p>Next one.</p>');
    const start = index.text.indexOf('revolutions that');
    const range = index.rangeFor(start, start + 'revolutions that came'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('revolutions that came');
  });

  it('maps DOM boundary points to offsets, including element boundaries', () => {
    const index = indexOf('<p id="a">Alpha <b>beta</b></p><p id="b">Gamma</p>');
    const gamma = document.querySelector('#b')!;
    expect(index.offsetAt(gamma, 0)).toBe(index.text.indexOf('Gamma'));
    expect(index.offsetAt(gamma.firstChild!, 2)).toBe(index.text.indexOf('mma'));
    expect(index.offsetAt(document.body, document.body.childNodes.length)).toBe(index.text.length);
  });

  it('cuts the text into paragraph-level blocks', () => {
    const index = indexOf('<h1>Title</h1><div><p>One <b>two</b></p><p>  </p><ul><li>Three</li></ul></div>text after');
    expect(index.blocks().map((block) => [index.text.slice(block.start, block.end), block.element.tagName])).toEqual([
      ['Title', 'H1'],
      ['One two', 'P'],
      ['Three text after', 'LI'],
    ]);
  });

  it('leaves out what an extra skip rule names', () => {
    const index = indexOf('<p>Kept</p><aside class="related">Related</aside><p>also kept</p>');
    document.body.innerHTML = '<p>Kept</p><aside class="related">Related</aside><p>also kept</p>';
    expect(buildTextIndex(document.body, { skip: (element) => element.classList.contains('related') }).text).toBe(
      'Kept also kept',
    );
    expect(index.text).toBe('Kept Related also kept');
  });

  it('returns empty text for an empty page', () => {
    const index = indexOf('');
    expect(index.text).toBe('');
    expect(index.rangeFor(0, 5)).toBeNull();
  });

  // Last: happy-dom itself recurses when it later detaches a tree this deep.
  it('survives a 10,000-deep tree without recursion', () => {
    document.body.innerHTML = '';
    let parent: Element = document.body;
    for (let depth = 0; depth < 10_000; depth++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'deep';
    expect(buildTextIndex(document.body).text).toBe('deep');
  });
});
