namespace Leerwerk.Data.Demo;

/// <summary>Invented Dutch names for the demo; any likeness to real students is chance.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Sanne", "Daan", "Noah", "Emma", "Liam", "Julia", "Sem", "Tess", "Milan", "Lotte",
        "Finn", "Sara", "Levi", "Anna", "Luuk", "Fleur", "Jesse", "Zoë", "Bram", "Nina",
        "Mohamed", "Yara", "Thijs", "Lieke", "Ayoub", "Roos", "Ruben", "Isa", "Stijn", "Femke",
        "Youssef", "Amira", "Jayden", "Evi", "Gijs", "Noor", "Koen", "Mila", "Mees", "Elif",
    ];

    public static readonly (string? Tussenvoegsel, string LastName)[] LastNames =
    [
        ("de", "Vries"), (null, "Jansen"), ("van", "Dijk"), (null, "Bakker"), ("de", "Boer"),
        (null, "Visser"), (null, "Smit"), (null, "Meijer"), ("de", "Groot"), (null, "Mulder"),
        ("van den", "Berg"), (null, "Bos"), (null, "Vos"), ("van", "Leeuwen"), (null, "Kok"),
        (null, "Yılmaz"), (null, "El Amrani"), (null, "Hendriks"), ("van der", "Linden"), (null, "Kaya"),
        (null, "Peters"), ("van", "Beek"), (null, "Willems"), (null, "Dekker"), ("van der", "Heijden"),
    ];

    public static readonly string[] ParentFirstNames =
    [
        "Marloes", "Peter", "Fatima", "Erik", "Sandra", "Hakan", "Ingrid", "Mark", "Samira", "Johan",
    ];
}
