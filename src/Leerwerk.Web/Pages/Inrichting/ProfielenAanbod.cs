using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>
/// Brings the school's offered profielen and their keuzevakken in line with the form, without a second
/// row per name: a keuzevak the school already offers moves to its profiel; one of a profiel that is
/// no longer listed leaves the aanbod. Keuzevakken of no profiel (the page Keuzevakken) stay as they are.
/// </summary>
internal static class ProfielenAanbod
{
    /// <summary>Changes <paramref name="profielen"/> and <paramref name="keuzevakken"/> in place; returns the rows to add and to remove.</summary>
    public static (List<object> Add, List<object> Remove) Sync(
        int schoolId,
        IReadOnlyDictionary<string, IReadOnlyList<string>> wanted,
        IReadOnlyList<AangebodenProfiel> profielen,
        IReadOnlyList<AangebodenKeuzevak> keuzevakken)
    {
        var add = new List<object>();
        var remove = new List<object>();
        remove.AddRange(profielen.Where(p => !wanted.ContainsKey(p.ProfielCode)));
        add.AddRange(wanted.Keys.Where(code => profielen.All(p => p.ProfielCode != code))
            .Select(code => new AangebodenProfiel { SchoolId = schoolId, ProfielCode = code }));

        var byName = wanted.SelectMany(w => w.Value.Select(name => (Name: name, Code: w.Key)))
            .ToDictionary(k => k.Name, k => k.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var keuzevak in keuzevakken)
        {
            if (byName.Remove(keuzevak.Name, out var code))
            {
                keuzevak.ProfielCode = code;
            }
            else if (keuzevak.ProfielCode is not null)
            {
                remove.Add(keuzevak);
            }
        }

        add.AddRange(byName.Select(k => new AangebodenKeuzevak { SchoolId = schoolId, Name = k.Key, ProfielCode = k.Value }));
        return (add, remove);
    }
}
