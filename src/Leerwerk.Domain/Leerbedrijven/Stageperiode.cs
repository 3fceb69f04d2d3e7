namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>A period in which a leerbedrijf hosted an LWT student (the buitenschools praktijkgedeelte; rule F2).</summary>
public readonly record struct Stageperiode(DateOnly Start, DateOnly End);
