using System.Collections;
using System.Text.Json;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// The candidates of a JSON file that has been parsed and found valid JSON as a whole, each mapped to a
/// <see cref="KandidaatInvoer"/> only when it is read, and not kept. A school file of 100 000 candidates then never
/// holds all candidates in memory at once, and <c>leerwerk uitslag</c> can map, judge and write them portion by
/// portion on several threads. Reading an index twice maps it twice (an equal candidate); read each once.
/// </summary>
internal sealed class JsonKandidaten : IReadOnlyList<KandidaatInvoer>
{
    // The elements keep their JsonDocument alive; it is not disposed, so its pooled buffers go to the GC, not back
    // to the pool: the price of handing the candidates out lazily.
    private readonly JsonElement[] elements;

    public JsonKandidaten(JsonElement array)
    {
        elements = new JsonElement[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            elements[i++] = element;
        }
    }

    public int Count => elements.Length;

    public KandidaatInvoer this[int index] => JsonInvoer.Kandidaat(elements[index], index);

    public IEnumerator<KandidaatInvoer> GetEnumerator()
    {
        for (var i = 0; i < elements.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
