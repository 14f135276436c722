using Lede.Extraction.Rules;

namespace Lede.Extraction.Html;

/// <summary>
/// Chooses the nodes that hold the story: Readability's scoring (paragraphs vote for their ancestors by
/// length and commas, weighted by class words and link density, top candidate refined, siblings merged),
/// checked against the page's own hints (itemprop=articleBody, "article-body" containers, JSON-LD body).
/// </summary>
internal static class CandidateScorer
{
    public static IReadOnlyList<ContentNode> Choose(ContentTree tree, ExtractionFlags flags, string? jsonLdBody)
    {
        var roots = FillGaps(ChooseBody(tree, flags, jsonLdBody));
        roots = FindLead(roots[0]) is { } lead ? [lead, .. roots] : roots;
        return WithIngredients(tree, roots);
    }

    /// <summary>
    /// A recipe's ingredient list sits beside the method (often in a table or a tab of its own) and
    /// scores nothing, being short lines; found near the chosen body by its name, it joins in page order.
    /// </summary>
    private static IReadOnlyList<ContentNode> WithIngredients(ContentTree tree, IReadOnlyList<ContentNode> roots)
    {
        var scope = roots[0];
        for (var level = 0; level < BoilerplateRules.IngredientSearchLevels && scope.Parent is { } up && up != tree.Root; level++) scope = up;
        List<ContentNode>? found = null;
        var stack = new Stack<ContentNode>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.IsText || roots.Contains(n) || (n.Hint & ClassHint.Unlikely) != 0) continue;
            if ((n.Hint & ClassHint.Ingredients) != 0 && n.TextChars > 0 && !HoldsAny(n, roots))
            {
                (found ??= []).Add(n);
                continue;
            }
            if (n.Children is { } children)
                for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return found is null ? roots : [.. roots.Concat(found).OrderBy(n => n.Element!.Order)];
    }

    private static bool HoldsAny(ContentNode node, IReadOnlyList<ContentNode> roots)
    {
        foreach (var root in roots)
            if (IsAncestor(node, root)) return true;
        return false;
    }

    /// <summary>
    /// Parts of one story chosen side by side (siblings under one parent): the subheads and plain
    /// paragraphs standing between them belong to the story too (a subhead between two body blocks
    /// does not score, so neither Readability's merge nor the body-container names take it).
    /// </summary>
    private static IReadOnlyList<ContentNode> FillGaps(IReadOnlyList<ContentNode> roots)
    {
        if (roots.Count < 2 || roots[0].Parent?.Children is not { } siblings) return roots;
        var parent = roots[0].Parent;
        foreach (var root in roots) if (root.Parent != parent) return roots;
        var first = siblings.IndexOf(roots[0]);
        var last = siblings.IndexOf(roots[^1]);
        if (first < 0 || last <= first) return roots;
        List<ContentNode>? filled = null;
        for (var i = first; i <= last; i++)
        {
            var sibling = siblings[i];
            if (sibling.IsText) continue;
            var chosen = roots.Contains(sibling);
            if (chosen || IsStoryBetweenParts(sibling))
            {
                if (!chosen) filled ??= [.. siblings.Take(i).Where(roots.Contains)];
                filled?.Add(sibling);
            }
        }
        return filled ?? roots;
    }

    private static bool IsStoryBetweenParts(ContentNode node)
    {
        if (node.Excluded || (node.Hint & (ClassHint.Unlikely | ClassHint.Boilerplate | ClassHint.Caption | ClassHint.Credit)) != 0) return false;
        if ((node.Kind & (TagKind.Chrome | TagKind.Form | TagKind.Figure)) != 0) return false;
        if ((node.Kind & TagKind.Heading) != 0)
            return node.TextChars is > 0 and <= BoilerplateRules.SubheadMaxChars && node.LinkDensity < 0.5;
        return node.ParagraphChars >= BoilerplateRules.MinParagraphChars && node.LinkDensity < BoilerplateRules.GapMaxLinkDensity && node.FormControls == 0;
    }

    private static IReadOnlyList<ContentNode> ChooseBody(ContentTree tree, ExtractionFlags flags, string? jsonLdBody)
    {
        var candidates = Score(tree, flags);
        var top = candidates.Count > 0 ? candidates[0] : tree.Root;
        var topScore = top.Score;
        if (candidates.Count > 0) (top, topScore) = Refine(top, candidates, tree.Root);
        var containers = BodyContainers(tree, flags);
        if (containers.Count > 0)
        {
            var containerChars = containers.Sum(c => c.ParagraphChars);
            if (containerChars >= BoilerplateRules.MinParagraphChars && containerChars >= BoilerplateRules.SemanticBodyShare * top.ParagraphChars)
                return ContinuedAfter(containers, top, topScore) is { } rest ? [.. containers, .. rest] : containers;
        }
        if (jsonLdBody is { Length: > 0 } && FromJsonLd(top, jsonLdBody) is { } fromJsonLd) return [fromJsonLd];
        var merged = MergeSiblings(top, topScore);
        return merged.Count == 1 && PartsAround(top) is { } parts ? parts : merged;
    }

    /// <summary>
    /// The story split into parts built alike (an abstract and the sections after it, one box per
    /// interview answer): the top candidate sits a few wrappers inside one part, and the parts beside it
    /// carry the same class and plain paragraphs. Null when no near ancestor has such siblings.
    /// </summary>
    private static List<ContentNode>? PartsAround(ContentNode top)
    {
        var part = top;
        for (var level = 0; level < BoilerplateRules.PartLevels && part.Parent is { Children: { } siblings } parent; level++, part = parent)
        {
            if (level == 0 || part.Element?.ClassName is not { Length: > 0 } partClass) continue;
            List<ContentNode>? parts = null;
            foreach (var sibling in siblings)
            {
                if (sibling == part) { (parts ??= []).Add(sibling); continue; }
                if (sibling.IsText || sibling.Excluded || sibling.Element!.ClassName != partClass) continue;
                if (sibling.ParagraphChars < BoilerplateRules.MinParagraphChars * 4 || sibling.LinkDensity >= BoilerplateRules.GapMaxLinkDensity) continue;
                if ((sibling.Hint & (ClassHint.Unlikely | ClassHint.Boilerplate)) != 0) continue;
                (parts ??= []).Add(sibling);
            }
            if (parts is { Count: > 1 }) return parts;
        }
        return null;
    }

    /// <summary>
    /// A named body followed, in a box beside it, by the best-scoring text: the story goes on there (a CMS writes
    /// the opening in its body field and the rest in blocks after it). The scored text must come after the body,
    /// share a near ancestor with it and read as plain paragraphs, not a box of links or furniture.
    /// </summary>
    private static IReadOnlyList<ContentNode>? ContinuedAfter(List<ContentNode> containers, ContentNode top, double topScore)
    {
        var body = containers[^1];
        if (top.ParagraphChars <= body.ParagraphChars || top.LinkDensity >= BoilerplateRules.GapMaxLinkDensity) return null;
        if (!body.Element!.Precedes(top.Element!) || IsAncestor(top, body)) return null;
        foreach (var c in containers) if (IsAncestor(c, top)) return null;
        var shared = body.Parent;
        for (var level = 1; shared is not null && level < BoilerplateRules.ContinuationLevels && !IsAncestor(shared, top); level++) shared = shared.Parent;
        if (shared is null || !IsAncestor(shared, top)) return null;
        for (var n = top; n != shared; n = n.Parent!)
            if (n.Excluded || (n.Hint & (ClassHint.Unlikely | ClassHint.Boilerplate)) != 0 || (n.Kind & TagKind.Chrome) != 0) return null;
        return MergeSiblings(top, topScore);
    }

    /// <summary>
    /// A lede or standfirst set apart just before the body (a sibling of the body or of one of its
    /// near ancestors, named "lead", "intro", "summary"...): it is part of the story.
    /// </summary>
    private static ContentNode? FindLead(ContentNode body)
    {
        var node = body;
        for (var level = 0; level < BoilerplateRules.LeadLevels && node.Parent?.Children is { } siblings; level++, node = node.Parent)
        {
            var at = siblings.IndexOf(node);
            var seen = 0;
            for (var i = at - 1; i >= 0 && seen < 3; i--)
            {
                var sibling = siblings[i];
                if (sibling.IsText) continue;
                seen++;
                if (NamedLeadWithin(sibling) is { } named) return named;
            }
        }
        return FindUnnamedLead(body);
    }

    /// <summary>The box itself or, a few levels down (a header's inner wrappers), a node named like a lede.</summary>
    private static ContentNode? NamedLeadWithin(ContentNode box)
    {
        var stack = new Stack<(ContentNode Node, int Depth)>();
        stack.Push((box, 0));
        while (stack.Count > 0)
        {
            var (n, depth) = stack.Pop();
            if (IsLead(n)) return n;
            // An unlikely box is searched only when it names itself a lede's box too ("intro-header").
            if (depth >= BoilerplateRules.LeadSearchDepth || n.Children is not { } children || (n.Hint & (ClassHint.Unlikely | ClassHint.Lead)) == ClassHint.Unlikely) continue;
            for (var i = children.Count - 1; i >= 0; i--)
                if (!children[i].IsText) stack.Push((children[i], depth + 1));
        }
        return null;
    }

    /// <summary>
    /// A standfirst without a telling class: the nearest box before the body (at the body's level or one
    /// of its near ancestors', with the headline often beside it) holding one plain sentence-ending
    /// paragraph and little else. Boxes that hold more paragraphs are teasers of other stories.
    /// </summary>
    private static ContentNode? FindUnnamedLead(ContentNode body)
    {
        var node = body;
        for (var level = 0; level < BoilerplateRules.UnnamedLeadLevels && node.Parent?.Children is { } siblings; level++, node = node.Parent)
        {
            if ((node.Parent.Kind & TagKind.Semantic) != 0 && level > 0 && node.Parent.Tag == "main") break;
            for (var i = siblings.IndexOf(node) - 1; i >= 0; i--)
            {
                var sibling = siblings[i];
                if (sibling.IsText || sibling.TextChars < BoilerplateRules.UnnamedLeadMinChars) continue;
                var lead = LastPlainParagraph(sibling, out var plainChars);
                if (lead is null)
                {
                    if (plainChars == 0) continue; // a headline, a date, a share bar, a widget column: look further up
                    return null;
                }
                return sibling.ParagraphChars - lead.ParagraphChars > BoilerplateRules.MinParagraphChars * 2 ? null : lead;
            }
            if ((node.Parent.Kind & TagKind.Semantic) != 0) break;
        }
        return null;
    }

    private static ContentNode? LastPlainParagraph(ContentNode box, out int plainChars)
    {
        ContentNode? found = null;
        plainChars = 0;
        var stack = new Stack<ContentNode>();
        stack.Push(box);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.IsText || n.TextChars == 0) continue;
            if ((n.Kind & (TagKind.Figure | TagKind.Caption | TagKind.Form | TagKind.List | TagKind.Table | TagKind.Quote)) != 0) continue;
            if ((n.Hint & (ClassHint.Caption | ClassHint.Credit)) != 0) continue;
            if ((n.Hint & ClassHint.Boilerplate) != 0 && (n.Hint & ClassHint.Lead) == 0 && n.Tag != "header" && (n.Kind & TagKind.Chrome) == 0) continue;
            // A widget's text (a photo's description in a side column) is not the story's opening.
            if ((n.Hint & (ClassHint.Negative | ClassHint.Lead)) == ClassHint.Negative) continue;
            // A dek set as a sentence-long subheading (h2 under the h1) counts; the headline itself does not.
            var paragraphLike = (n.Kind & TagKind.Paragraph) != 0 || (n.Tag != "h1" && (n.Kind & TagKind.Block) != 0 && n.BlockChildren == 0 && (n.Kind & TagKind.ListItem) == 0);
            if (paragraphLike)
            {
                plainChars += n.ParagraphChars;
                if (found is null || found.Element!.Precedes(n.Element!)) found = n;
                continue;
            }
            if (n.Children is { } children) foreach (var c in children) stack.Push(c);
        }
        return found is not null && IsPlainLead(found) ? found : null;
    }

    private static bool IsPlainLead(ContentNode node) =>
        node.TextChars is >= BoilerplateRules.UnnamedLeadMinChars and <= BoilerplateRules.UnnamedLeadMaxChars
        && node.LinkDensity < 0.1 && node.Images == 0 && EndsSentence(node)
        && !BoilerplateRules.BylineOrDateLine().IsMatch(node.Element!.TextContent.Trim());

    private static bool IsLead(ContentNode node) =>
        (node.Hint & ClassHint.Lead) != 0 && (node.Hint & ClassHint.Unlikely) == 0 && !IsStrippedOutsideLeadBox(node)
        && node.TextChars >= BoilerplateRules.LeadMinChars && node.LinkDensity < 0.3 && node.Headings == 0 && node.Images == 0;

    /// <summary>
    /// Left out of scoring by a stripped box other than a lede's own: a lede inside an "intro-header" box
    /// was stripped with the page chrome it resembles, but still opens the story, when it is most of that box
    /// (a "teaser-list" is named like a lede's box too, but holds many teasers). (A bare &lt;header&gt; is
    /// not enough: its standfirst is often a summary the page repeats, not the story's first paragraph.)
    /// </summary>
    private static bool IsStrippedOutsideLeadBox(ContentNode node)
    {
        for (var n = node; n is { Excluded: true }; n = n.Parent!)
            if (n.Parent is not { Excluded: true })
                return (n.Hint & ClassHint.Lead) == 0 || node.TextChars < BoilerplateRules.LeadShareOfStrippedBox * n.TextChars;
        return false;
    }

    /// <summary>Scores every candidate and returns them best first (at most <paramref name="limit"/>, by default <see cref="BoilerplateRules.TopCandidates"/>).</summary>
    internal static List<ContentNode> Score(ContentTree tree, ExtractionFlags flags, int limit = BoilerplateRules.TopCandidates)
    {
        var strip = (flags & ExtractionFlags.StripUnlikely) != 0;
        var weight = (flags & ExtractionFlags.WeightClasses) != 0;
        var touched = new List<ContentNode>(128);
        foreach (var node in tree.Elements)
        {
            node.IsCandidate = false;
            node.Score = 0;
            node.Excluded = node.Parent is { Excluded: true } || (strip && node.Parent is not null && IsUnlikely(node));
        }
        foreach (var node in tree.Elements)
        {
            if (node.Excluded) continue;
            ContentNode? first;
            int chars, commas;
            if ((node.Kind & (TagKind.Paragraph | TagKind.TableCell)) != 0)
            {
                first = node.Parent;
                chars = node.TextChars;
                commas = node.Commas;
            }
            else if ((node.Kind & TagKind.Block) != 0 && node.BlockChildren > 0 && node.InlineChars >= BoilerplateRules.MinParagraphChars)
            {
                // A block holding loose text beside blocks: Readability wraps that text in a <p> of its own.
                first = node;
                chars = node.InlineChars;
                commas = node.InlineCommas;
            }
            else if ((node.Kind & TagKind.Block) != 0 && node.BlockChildren == 0 && (node.Kind & (TagKind.Heading | TagKind.ListItem | TagKind.Caption | TagKind.Chrome)) == 0
                     && node.InlineChars >= BoilerplateRules.MinParagraphChars)
            {
                // A div with only inline content is a paragraph (Readability turns it into a <p>).
                first = node.Parent;
                chars = node.InlineChars;
                commas = node.InlineCommas;
            }
            else continue;
            if (chars < BoilerplateRules.MinParagraphChars || first is null) continue;
            var score = 1.0 + commas + Math.Min(chars / 100, 3);
            var ancestor = first;
            for (var level = 0; ancestor is not null && level < BoilerplateRules.AncestorLevels; level++, ancestor = ancestor.Parent)
            {
                if (!ancestor.IsCandidate)
                {
                    ancestor.IsCandidate = true;
                    ancestor.Score = TagBase(ancestor) + (weight ? ClassWeight(ancestor) : 0);
                    touched.Add(ancestor);
                }
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                ancestor.Score += score / divider;
            }
        }
        foreach (var c in touched) c.Score *= 1 - c.LinkDensity;
        touched.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (touched.Count > limit) touched.RemoveRange(limit, touched.Count - limit);
        return touched;
    }

    private static bool IsUnlikely(ContentNode node)
    {
        if ((node.Kind & TagKind.Semantic) != 0 || (node.Kind & TagKind.Link) != 0) return false;
        if ((node.Kind & TagKind.Chrome) != 0) return !HasSemanticAncestorOrBody(node);
        return (node.Hint & ClassHint.Unlikely) != 0;
    }

    // A <header> or <footer> inside <article> is the story's own head or foot, not the page's chrome;
    // Readability keeps them for scoring, and the writer drops their furniture later.
    private static bool HasSemanticAncestorOrBody(ContentNode node) => node.Tag is "header" or "footer" && node.Parent?.Tag is "article";

    private static double TagBase(ContentNode node) => node.Tag switch
    {
        "div" or "article" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    internal static int ClassWeight(ContentNode node)
    {
        var w = 0;
        if ((node.Hint & ClassHint.Negative) != 0) w -= BoilerplateRules.ClassWeight;
        if ((node.Hint & ClassHint.Positive) != 0) w += BoilerplateRules.ClassWeight;
        return w;
    }

    /// <summary>The refined top node and the score it stands for (a wrapper climbed through keeps its only child's score).</summary>
    private static (ContentNode Top, double Score) Refine(ContentNode top, List<ContentNode> candidates, ContentNode root)
    {
        // Several near-best candidates under one ancestor: the story is split, take the ancestor.
        // (Ancestors and descendants of the top candidate share its paragraphs: they say nothing of a split.)
        var alternatives = candidates.Skip(1).Where(c => c.Score / top.Score >= 0.75 && !IsAncestor(c, top) && !IsAncestor(top, c)).ToList();
        if (alternatives.Count >= 3)
        {
            for (var parent = top.Parent; parent is not null && parent != root; parent = parent.Parent)
            {
                var holding = alternatives.Count(a => IsAncestor(parent, a));
                if (holding >= 3) { top = parent; break; }
            }
        }
        // A parent that scores better than the candidate itself holds more of the story.
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent != root; parent = parent.Parent)
        {
            if (!parent.IsCandidate) continue;
            if (parent.Score < threshold) break;
            if (parent.Score > lastScore) { top = parent; break; }
            lastScore = parent.Score;
        }
        var score = top.Score;
        while (top.Parent is { } only && only != root && ElementChildren(only) == 1) top = only;
        return (top, score);
    }

    private static int ElementChildren(ContentNode node)
    {
        var n = 0;
        if (node.Children is null) return 0;
        foreach (var c in node.Children)
            if (!c.IsText) n++;
            else if (c.TextChars > 0) return 2;
        return n;
    }

    private static bool IsAncestor(ContentNode ancestor, ContentNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n == ancestor) return true;
        return false;
    }

    /// <summary>Readability's sibling merge: siblings that score well or read like paragraphs join the top candidate.</summary>
    private static IReadOnlyList<ContentNode> MergeSiblings(ContentNode top, double topScore)
    {
        if (top.Parent?.Children is not { } siblings) return [top];
        var threshold = Math.Max(10, topScore * BoilerplateRules.SiblingScoreShare);
        var topClass = top.Element?.ClassName;
        var merged = new List<ContentNode>();
        foreach (var sibling in siblings)
        {
            if (sibling.IsText) continue;
            if (sibling == top) { merged.Add(sibling); continue; }
            if (sibling.Excluded) continue;
            var bonus = topClass is { Length: > 0 } && sibling.Element?.ClassName == topClass ? topScore * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold) { merged.Add(sibling); continue; }
            // A sibling built like the top candidate (same class) holding plain paragraphs is the next part of the story.
            if (bonus > 0 && sibling.ParagraphChars >= BoilerplateRules.MinParagraphChars * 4 && sibling.LinkDensity < BoilerplateRules.GapMaxLinkDensity
                && (sibling.Hint & (ClassHint.Unlikely | ClassHint.Boilerplate)) == 0) { merged.Add(sibling); continue; }
            if (sibling.Tag == "p")
            {
                var density = sibling.LinkDensity;
                if (sibling.TextChars > 80 && density < 0.25) merged.Add(sibling);
                else if (sibling.TextChars is > 0 and <= 80 && density == 0 && EndsSentence(sibling)) merged.Add(sibling);
            }
        }
        return merged;
    }

    private static bool EndsSentence(ContentNode node)
    {
        var text = (node.Element?.TextContent ?? "").AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '。';
    }

    /// <summary>Outermost nodes that name themselves the story's body, in document order.</summary>
    private static List<ContentNode> BodyContainers(ContentTree tree, ExtractionFlags flags)
    {
        var found = new List<ContentNode>();
        foreach (var node in tree.Elements)
        {
            if ((node.Hint & ClassHint.BodyContainer) == 0 || node.ParagraphChars == 0) continue;
            if (found.Count > 0 && IsAncestor(found[^1], node)) continue;
            found.Add(node);
        }
        if (found.Count <= 1) return found;
        // Several body containers: keep those beside the richest one (a story split by ads), drop the others (teasers).
        var best = found.MaxBy(n => n.ParagraphChars)!;
        return found.Where(n => n == best || (n.Parent == best.Parent && n.ParagraphChars > 0)).ToList();
    }

    /// <summary>The smallest ancestor of the top candidate that holds about as much text as the JSON-LD body.</summary>
    private static ContentNode? FromJsonLd(ContentNode top, string jsonLdBody)
    {
        var target = ContentTreeBuilder.Measure(jsonLdBody).Chars;
        if (target < BoilerplateRules.RetryBelowChars || top.TextChars >= 0.7 * target) return null;
        for (var node = top.Parent; node is not null; node = node.Parent)
        {
            if (node.TextChars < 0.8 * target) continue;
            return node.TextChars <= 2 * target ? node : null;
        }
        return null;
    }
}
