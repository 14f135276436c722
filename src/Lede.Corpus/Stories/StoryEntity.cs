namespace Lede.Corpus.Stories;

/// <summary>
/// A named entity. In a <see cref="StoryDocument"/>, <paramref name="Count"/> is its mentions in that article;
/// in <see cref="Story.TopEntities"/>, the number of the story's articles that name it.
/// <paramref name="Type"/> is CoNLL's (PER, ORG, LOC, MISC), or null when guessed from capitalisation.
/// </summary>
public sealed record StoryEntity(string Name, string? Type, int Count);
