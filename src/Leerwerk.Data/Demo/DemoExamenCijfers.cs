using System.Globalization;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Demo;

/// <summary>
/// The rest of the leerjaar-4 grades, so that /Examen shows a realistic mix: the CE of Nederlands and the cspe of the
/// profielvak, the last two keuzevakken and the CE of an extra Engels. Most candidates pass; the few below fail or are
/// not complete for one documented reason each (docs/demo.md). A random generator per student, seeded with the
/// leerlingnummer, so the shared sequence (hours and all after it) stays as it was and the same day gives the same grades.
/// </summary>
internal static class DemoExamenCijfers
{
    /// <summary>Nederlands 5 (SE 5,6, CE 4,2): afgewezen on D4, the LWT needs a 6.</summary>
    public const string NederlandsTeLaag = "24008";

    /// <summary>Profielvak 5 (SE 5,9, cspe 4,6): afgewezen on D5.</summary>
    public const string ProfielvakTeLaag = "24023";

    /// <summary>Keuzevakken 5, 5, 4, 4: combinatiecijfer 5, afgewezen on D6.</summary>
    public const string CombinatiecijferTeLaag = "24040";

    /// <summary>Ill during the first tijdvak: no CE Nederlands yet (onvolledig; "nog nodig" shows the lowest CE that passes).</summary>
    public const string CeNogNiet = "24016";

    /// <summary>The last keuzevak's SE is still being retaken (onvolledig).</summary>
    public const string KeuzevakNogNiet = "24035";

    /// <summary>The schoolexamen rekenen is not taken yet (onvolledig, C8).</summary>
    public const string RekenenNogNiet = "24053";

    public static void Add(Leerling student)
    {
        var random = new Random(int.Parse(student.Leerlingnummer, CultureInfo.InvariantCulture));
        foreach (var vak in student.Vakken)
        {
            switch (vak.Soort)
            {
                case VakSoort.Nederlands or VakSoort.Profielvak or VakSoort.Engels:
                    vak.Ce = GeslaagdCe(vak.Se!.Value, random);
                    break;
                case VakSoort.Keuzevak when vak.Se is null:
                    vak.Se = Math.Round(5.5m + ((decimal)random.NextDouble() * 3m), 2, MidpointRounding.AwayFromZero);
                    break;
                default:
                    break;
            }
        }

        Afwijking(student);
    }

    /// <summary>A CE near the SE, never so low that the eindcijfer drops below 6: (SE + CE) / 2 ≥ 5,5.</summary>
    private static decimal GeslaagdCe(decimal se, Random random)
    {
        var ce = Math.Round(se - 0.8m + ((decimal)random.NextDouble() * 1.6m), 1, MidpointRounding.AwayFromZero);
        return Math.Clamp(Math.Max(ce, 11.0m - se), 1.0m, 10.0m);
    }

    private static void Afwijking(Leerling student)
    {
        switch (student.Leerlingnummer)
        {
            case NederlandsTeLaag:
                Zet(student, VakSoort.Nederlands, 5.6m, 4.2m);
                break;
            case ProfielvakTeLaag:
                Zet(student, VakSoort.Profielvak, 5.9m, 4.6m);
                break;
            case CombinatiecijferTeLaag:
                var keuzevakken = student.Vakken.Where(v => v.Soort == VakSoort.Keuzevak).ToList();
                decimal[] cijfers = [5.2m, 5.0m, 4.0m, 4.0m];
                for (var i = 0; i < keuzevakken.Count; i++)
                {
                    keuzevakken[i].Se = cijfers[i];
                }

                break;
            case CeNogNiet:
                student.Vakken.Single(v => v.Soort == VakSoort.Nederlands).Ce = null;
                break;
            case KeuzevakNogNiet:
                student.Vakken.Last(v => v.Soort == VakSoort.Keuzevak).Se = null;
                break;
            case RekenenNogNiet:
                student.Vakken.Single(v => v.Soort == VakSoort.Rekenen).Se = null;
                break;
            default:
                break;
        }
    }

    private static void Zet(Leerling student, VakSoort soort, decimal se, decimal ce)
    {
        var vak = student.Vakken.Single(v => v.Soort == soort);
        (vak.Se, vak.Ce) = (se, ce);
    }
}
