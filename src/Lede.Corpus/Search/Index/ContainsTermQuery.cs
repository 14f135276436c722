using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// Matches the terms of a field that contain a piece of text (SQL's <c>LIKE '%part%'</c> over whole
/// values, e.g. author names). A <c>*part*</c> wildcard means the same but first builds and
/// determinises an automaton for the pattern, which cost tens of milliseconds per query; this walks the
/// field's terms (the distinct values) and compares their UTF-8 bytes.
/// </summary>
internal sealed class ContainsTermQuery : MultiTermQuery
{
    private readonly byte[] _part;
    private readonly string _text;

    public ContainsTermQuery(string field, string part) : base(field)
    {
        _text = part;
        _part = System.Text.Encoding.UTF8.GetBytes(part);
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new ContainsTermsEnum(terms.GetEnumerator(), _part);

    public override string ToString(string field) => $"{Field}:*{_text}*";

    public override bool Equals(object? obj) => obj is ContainsTermQuery other && base.Equals(other) && other._text == _text;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _text);

    private sealed class ContainsTermsEnum(TermsEnum terms, byte[] part) : FilteredTermsEnum(terms, startWithSeek: false)
    {
        protected override AcceptStatus Accept(BytesRef term) =>
            term.Bytes.AsSpan(term.Offset, term.Length).IndexOf(part) >= 0 ? AcceptStatus.YES : AcceptStatus.NO;
    }
}
