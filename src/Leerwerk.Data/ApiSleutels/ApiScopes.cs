namespace Leerwerk.Data.ApiSleutels;

/// <summary>What an API key may do. Reading and writing are separate, so a reporting tool never writes.</summary>
public static class ApiScopes
{
    /// <summary>Read every record of the key's school through the API.</summary>
    public const string Lezen = "lezen";

    /// <summary>Enter and correct stage hours through the API, with the checks of the form.</summary>
    public const string UrenSchrijven = "uren-schrijven";

    public static readonly IReadOnlyList<string> All = [Lezen, UrenSchrijven];

    /// <summary>The Dutch description shown next to a scope on the keys page.</summary>
    public static string Description(string scope) => scope switch
    {
        Lezen => "lezen: leerlingen, overeenkomsten, leerbedrijven, stage-uren en bevindingen",
        UrenSchrijven => "uren-schrijven: stage-uren invoeren en corrigeren",
        _ => scope,
    };
}
