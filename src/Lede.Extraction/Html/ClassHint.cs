namespace Lede.Extraction.Html;

/// <summary>What an element's class, id, role and itemprop say about it.</summary>
[Flags]
internal enum ClassHint
{
    None = 0,
    /// <summary>Readability's positive words (article, body, content, story...): +25 to the candidate weight.</summary>
    Positive = 1 << 0,
    /// <summary>Readability's negative words (comment, footer, share...): -25 to the candidate weight.</summary>
    Negative = 1 << 1,
    /// <summary>Unlikely to hold the story (menus, sidebars, comments), unless it also says "article"/"content".</summary>
    Unlikely = 1 << 2,
    /// <summary>Page furniture inside a story (share bars, bylines, related links, captions): left out of the text.</summary>
    Boilerplate = 1 << 3,
    /// <summary>Names the story's body (itemprop=articleBody, "article-body", "entry-content").</summary>
    BodyContainer = 1 << 4,
    /// <summary>Photo captions and credits: go to images, not the text.</summary>
    Caption = 1 << 5,
    /// <summary>Photo credits: go to the image's credit.</summary>
    Credit = 1 << 7,
    /// <summary>A lede, standfirst or summary paragraph.</summary>
    Lead = 1 << 8,
    /// <summary>Not displayed (hidden attribute, display:none, aria-hidden).</summary>
    Hidden = 1 << 6,
    /// <summary>A recipe's ingredient list: part of the story, though set apart from the method's text.</summary>
    Ingredients = 1 << 9,
}
