namespace Lede.Extraction.Rules;

/// <summary>
/// Month and weekday words of the languages whose dates we read (en, de, fr, es, it, pt, nl, pl),
/// lower-case, with common abbreviations and accent-less spellings. Abbreviations are safe here
/// because a month word only counts between a day and a year.
/// </summary>
internal static class DateWords
{
    /// <summary>
    /// Time-zone names printed after a time ("10:31 pm CST", "14:05 MESZ"), with their offsets from UTC in hours. Only
    /// names that mean one zone: "IST" (India, Ireland, Israel) and "BST" (British, Bangladesh) are left out.
    /// </summary>
    public static readonly (string Name, double Hours)[] ZoneNames =
    [
        ("UTC", 0), ("GMT", 0), ("WET", 0), ("WEST", 1), ("CET", 1), ("CEST", 2), ("MEZ", 1), ("MESZ", 2), ("EET", 2), ("EEST", 3),
        ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7),
        ("AKST", -9), ("AKDT", -8), ("HST", -10), ("AEST", 10), ("AEDT", 11), ("ACST", 9.5), ("AWST", 8), ("NZST", 12), ("NZDT", 13),
        ("JST", 9), ("KST", 9),
    ];

    public static readonly (string Word, int Month)[] Months =
    [
        // English
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
        // German (and Austrian)
        ("januar", 1), ("jänner", 1), ("jän", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("märz", 3), ("mai", 5),
        ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12), ("okt", 10), ("dez", 12), ("feber", 2),
        // French
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6), ("juillet", 7),
        ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
        ("janv", 1), ("févr", 2), ("fév", 2), ("fevr", 2), ("avr", 4), ("juil", 7), ("déc", 12),
        // Spanish
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
        ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
        ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
        // Italian
        ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7), ("settembre", 9),
        ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7), ("ott", 10), ("set", 9),
        // Portuguese
        ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6), ("julho", 7),
        ("outubro", 10), ("novembro", 11), ("dezembro", 12), ("fev", 2), ("out", 10),
        // Dutch
        ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8), ("mrt", 3),
        // Polish (nominative and the genitive used in dates)
        ("styczeń", 1), ("stycznia", 1), ("luty", 2), ("lutego", 2), ("marzec", 3), ("marca", 3), ("kwiecień", 4),
        ("kwietnia", 4), ("maj", 5), ("maja", 5), ("czerwiec", 6), ("czerwca", 6), ("lipiec", 7), ("lipca", 7),
        ("sierpień", 8), ("sierpnia", 8), ("wrzesień", 9), ("września", 9), ("październik", 10), ("października", 10),
        ("listopad", 11), ("listopada", 11), ("grudzień", 12), ("grudnia", 12),
        ("sty", 1), ("lut", 2), ("kwi", 4), ("cze", 6), ("lip", 7), ("sie", 8), ("wrz", 9), ("paź", 10), ("lis", 11), ("gru", 12),
        // Beyond the eight required languages, month words are cheap recall: Romanian, Scandinavian, Indonesian,
        // Turkish, Czech, Croatian/Bosnian/Serbian (Latin), Russian and Ukrainian (genitive, as used in dates).
        ("ianuarie", 1), ("februarie", 2), ("martie", 3), ("aprilie", 4), ("iunie", 6), ("iulie", 7), ("septembrie", 9),
        ("octombrie", 10), ("noiembrie", 11), ("decembrie", 12),
        ("augusti", 8), ("maret", 3), ("agustus", 8), ("desember", 12), ("desemba", 12),
        ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6), ("temmuz", 7), ("ağustos", 8),
        ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
        ("ledna", 1), ("února", 2), ("března", 3), ("dubna", 4), ("května", 5), ("června", 6), ("července", 7), ("srpna", 8),
        ("září", 9), ("října", 10), ("listopadu", 11), ("prosince", 12),
        ("siječnja", 1), ("veljače", 2), ("ožujka", 3), ("travnja", 4), ("svibnja", 5), ("lipnja", 6), ("srpnja", 7),
        ("kolovoza", 8), ("rujna", 9), ("studenoga", 11), ("studenog", 11), ("prosinca", 12),
        ("septembar", 9), ("oktobar", 10), ("novembar", 11), ("decembar", 12), ("avgust", 8), ("avgusta", 8),
        ("januara", 1), ("februara", 2), ("marta", 3), ("aprila", 4), ("juna", 6), ("jula", 7), ("augusta", 8), ("septembra", 9),
        ("oktobra", 10), ("novembra", 11), ("decembra", 12),
        ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7), ("августа", 8),
        ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
        ("січня", 1), ("лютого", 2), ("березня", 3), ("квітня", 4), ("травня", 5), ("червня", 6), ("липня", 7), ("серпня", 8),
        ("вересня", 9), ("жовтня", 10), ("листопада", 11), ("грудня", 12),
    ];

    public static readonly (string Word, DayOfWeek Day)[] Weekdays =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
        ("montag", DayOfWeek.Monday), ("dienstag", DayOfWeek.Tuesday), ("mittwoch", DayOfWeek.Wednesday),
        ("donnerstag", DayOfWeek.Thursday), ("freitag", DayOfWeek.Friday), ("samstag", DayOfWeek.Saturday),
        ("sonnabend", DayOfWeek.Saturday), ("sonntag", DayOfWeek.Sunday),
        ("lundi", DayOfWeek.Monday), ("mardi", DayOfWeek.Tuesday), ("mercredi", DayOfWeek.Wednesday),
        ("jeudi", DayOfWeek.Thursday), ("vendredi", DayOfWeek.Friday), ("samedi", DayOfWeek.Saturday), ("dimanche", DayOfWeek.Sunday),
        ("lunes", DayOfWeek.Monday), ("martes", DayOfWeek.Tuesday), ("miércoles", DayOfWeek.Wednesday), ("miercoles", DayOfWeek.Wednesday),
        ("jueves", DayOfWeek.Thursday), ("viernes", DayOfWeek.Friday), ("sábado", DayOfWeek.Saturday), ("domingo", DayOfWeek.Sunday),
        ("lunedì", DayOfWeek.Monday), ("martedì", DayOfWeek.Tuesday), ("mercoledì", DayOfWeek.Wednesday),
        ("giovedì", DayOfWeek.Thursday), ("venerdì", DayOfWeek.Friday), ("sabato", DayOfWeek.Saturday), ("domenica", DayOfWeek.Sunday),
        ("segunda-feira", DayOfWeek.Monday), ("terça-feira", DayOfWeek.Tuesday), ("quarta-feira", DayOfWeek.Wednesday),
        ("quinta-feira", DayOfWeek.Thursday), ("sexta-feira", DayOfWeek.Friday),
        ("maandag", DayOfWeek.Monday), ("dinsdag", DayOfWeek.Tuesday), ("woensdag", DayOfWeek.Wednesday),
        ("donderdag", DayOfWeek.Thursday), ("vrijdag", DayOfWeek.Friday), ("zaterdag", DayOfWeek.Saturday), ("zondag", DayOfWeek.Sunday),
        ("poniedziałek", DayOfWeek.Monday), ("wtorek", DayOfWeek.Tuesday), ("środa", DayOfWeek.Wednesday), ("środę", DayOfWeek.Wednesday),
        ("czwartek", DayOfWeek.Thursday), ("piątek", DayOfWeek.Friday), ("sobota", DayOfWeek.Saturday), ("sobotę", DayOfWeek.Saturday),
        ("niedziela", DayOfWeek.Sunday), ("niedzielę", DayOfWeek.Sunday),
    ];
}
