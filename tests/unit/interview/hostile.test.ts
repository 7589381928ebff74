import { describe, expect, it } from 'vitest';
import { reportOf as analyze } from './report-of';

describe('the analyser on hostile or odd pages', () => {
  it('keeps markup in names and quotes as plain text', () => {
    const report = analyze(
      '<head><title>Interview</title></head><body><article>' +
        '<p>Eve &lt;img src=x onerror=alert(1)&gt; Mallory, the CTO of &lt;script&gt;Evil&lt;/script&gt; Corp, spoke with us.</p>' +
        '<p>“We ship &lt;b&gt;bold&lt;/b&gt; ideas,” Mallory said.</p></article></body>',
    );
    // The page's escaped markup comes back as the characters the reader sees, never as elements.
    expect(report.quotes.map((quote) => quote.text)).toEqual(['We ship <b>bold</b> ideas,']);
    expect(document.querySelectorAll('img, script').length).toBe(0);
  });

  it('survives thousands of quotation marks and unbalanced quotes', () => {
    const noise = `<p>${'“'.repeat(5000)} and ${'"'.repeat(3001)}</p>`;
    const report = analyze(
      `<body><article><p>“Unclosed quote, she said.</p>${noise}<p>«Another» «one</p></article></body>`,
    );
    // Noise is not an interview, and none of it is said by anyone.
    expect(report).toMatchObject({ isInterview: false, interviewer: null, speakers: [], projects: [] });
    expect(report.quotes.filter((quote) => quote.speaker !== null)).toEqual([]);
  });

  it('works on a page without any article element', () => {
    const report = analyze('<body><div><p>“It is fine,” said Jane Roe, CEO of Acme.</p></div></body>');
    expect(report.quotes).toEqual([{ text: 'It is fine,', speaker: 'Jane Roe' }]);
  });

  it('returns empty results for an empty page', () => {
    expect(analyze('<body></body>')).toMatchObject({ isInterview: false, speakers: [], quotes: [], projects: [] });
  });

  it('reads a 5 MB page without throwing', () => {
    const paragraph =
      '<p>“Kubernetes should be boring,” said Kelsey Hightower, a former engineer at Google. Ray and vLLM run on PyTorch.</p>';
    const report = analyze(`<body><article>${paragraph.repeat(Math.ceil(5e6 / paragraph.length))}</article></body>`);
    expect(report.quotes.length).toBeGreaterThan(1000);
    expect(report.projects.map((project) => project.name)).toEqual(expect.arrayContaining(['Kubernetes', 'PyTorch']));
  }, 60_000);
});
