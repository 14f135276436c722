using Lede.Extraction.Model;

namespace Lede.Extraction.Text;

/// <summary>A dateline found at the start of a paragraph, with the day it gives ("March 5") when it gives one.</summary>
internal sealed record DatelineMatch(Dateline Dateline, int Length, string? DateText);
