namespace Lede.Corpus.Tests.Duplicates;

/// <summary>Invented news texts (no real article is copied): two events on one topic, and one unrelated story.</summary>
internal static class InventedArticles
{
    public const string HarborBridgeVote =
        "MARLOW BAY (AP) — The Marlow Bay city council voted 7-2 on Tuesday to close the old harbor bridge to cars " +
        "after engineers found cracks in three of its steel supports, a decision that will send about 14,000 drivers " +
        "a day onto a detour through the industrial district.\n\n" +
        "Mayor Elena Voss said the council had no choice once the inspection report landed on her desk last Friday. " +
        "\"We will not gamble with people's lives to save a few minutes of driving,\" Voss told reporters outside city hall.\n\n" +
        "The bridge, built in 1958, carries the main road between the ferry terminal and the northern suburbs. " +
        "Engineers from the regional transport office said the cracks had grown by nearly a centimeter since the last check in spring.\n\n" +
        "Council member Tomas Reyes, who voted against the closure, said the detour would choke small businesses along the waterfront " +
        "and asked for a weight limit instead. Shop owners packed the public gallery and several booed when the vote was read out.\n\n" +
        "The city expects repairs to take at least eighteen months and to cost around 42 million dollars, most of it from a state fund. " +
        "Pedestrians and cyclists will still be allowed to cross while crews install temporary braces.\n\n" +
        "Buses will run on a new schedule from Monday, and the ferry company said it would add two evening crossings to ease the pressure.";

    /// <summary>Same town, same bridge, a different event a week later: must not count as a copy of the vote story.</summary>
    public const string HarborBridgeProtest =
        "MARLOW BAY — Hundreds of shop owners and residents marched along the waterfront on Saturday to protest the closure " +
        "of the harbor bridge, which has cut foot traffic to restaurants and stores on the northern side of the bay.\n\n" +
        "Organizers carried a petition with more than 5,000 signatures asking the state to speed up repairs and to pay " +
        "compensation to businesses that lost customers during the detour. Several cafe owners said their takings had halved.\n\n" +
        "\"They closed the bridge in one evening and left us to sink,\" said Dana Whitfield, who runs a bakery near the ferry terminal.\n\n" +
        "Mayor Elena Voss did not attend the march. Her office said in a statement that the city was studying a shuttle service " +
        "across the water and would meet the business association next week.\n\n" +
        "Police said the protest was peaceful and that traffic on the detour route was briefly stopped while marchers crossed the rail yard. " +
        "Engineers are expected to publish a revised repair timetable by the end of the month.";

    /// <summary>Unrelated story.</summary>
    public const string OrchestraTour =
        "The Northfield Youth Orchestra will tour six countries next summer, its director announced on Wednesday, " +
        "the first time the ensemble of teenage musicians has performed outside the country since it was founded in 1991.\n\n" +
        "The tour opens in Lisbon in July and ends five weeks later in Helsinki, with concerts in Madrid, Lyon, Prague and Gdansk along the way. " +
        "The program includes a new piece written for the orchestra by composer Ines Halvorsen, a former member.\n\n" +
        "Director Paul Okafor said the trip had been paid for by a mix of ticket sales, a grant from a music foundation and " +
        "two years of bake sales and car washes organized by parents.\n\n" +
        "Auditions for the touring group will be held in March. Around ninety musicians aged 14 to 19 are expected to travel, " +
        "along with twelve teachers and a medical officer.";
}
