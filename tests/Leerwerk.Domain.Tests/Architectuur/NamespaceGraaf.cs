using System.Reflection;
using System.Reflection.Emit;

namespace Leerwerk.Domain.Tests.Architectuur;

/// <summary>
/// Which namespaces of an assembly use which other namespaces of the same assembly, read from the compiled code.
/// </summary>
/// <remarks>
/// Read from IL rather than from the source's <c>using</c> directives: a using says nothing about a fully qualified
/// name, a name in the same parent namespace or a call hidden in a lambda, and an unused using would count while it
/// uses nothing. The compiled assembly has every real use: base types, interfaces, fields, properties, method
/// signatures, generic arguments, and in method bodies every type, method and field a body touches (including the
/// bodies of lambdas, iterators and async state machines, which the compiler emits as nested types). Constants are
/// inlined by the compiler and leave no trace; that is a use of a value, not of code.
/// </remarks>
internal static class NamespaceGraaf
{
    private static readonly Dictionary<short, OpCode> OpCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>For each namespace of the assembly, the other namespaces of the assembly it uses, with one example each.</summary>
    public static Dictionary<string, Dictionary<string, string>> Of(Assembly assembly)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = type.Namespace;
            if (from is null)
            {
                continue;
            }

            foreach (var (used, where) in Uses(type))
            {
                if (used.Assembly == assembly && used.Namespace is { } to && to != from)
                {
                    var edges = graph.TryGetValue(from, out var e) ? e : graph[from] = new(StringComparer.Ordinal);
                    edges.TryAdd(to, $"{Name(type)} → {Name(used)} ({where})");
                }
            }
        }

        return graph;
    }

    private static IEnumerable<(Type Used, string Where)> Uses(Type type)
    {
        foreach (var t in Expand(type.BaseType).Concat(type.GetInterfaces().SelectMany(Expand)))
        {
            yield return (t, "erft");
        }

        foreach (var field in type.GetFields(Declared))
        {
            foreach (var t in Expand(field.FieldType))
            {
                yield return (t, field.Name);
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            foreach (var t in Expand(property.PropertyType))
            {
                yield return (t, property.Name);
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            var signature = method.GetParameters().Select(p => p.ParameterType)
                .Concat(method is MethodInfo m ? [m.ReturnType] : []);
            foreach (var t in signature.SelectMany(Expand))
            {
                yield return (t, method.Name);
            }

            foreach (var t in Body(method).SelectMany(Expand))
            {
                yield return (t, method.Name);
            }
        }
    }

    /// <summary>The types whose members or tokens a method body names: declaring types of called methods and touched fields, and type tokens.</summary>
    private static IEnumerable<Type> Body(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var op = il[i] == 0xFE ? OpCodes[(short)(0xFE00 | il[i + 1])] : OpCodes[il[i]];
            i += op.Size;
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case MethodInfo m:
                        yield return m.DeclaringType!;
                        foreach (var t in m.GetGenericArguments().Append(m.ReturnType).Concat(m.GetParameters().Select(p => p.ParameterType)))
                        {
                            yield return t;
                        }

                        break;
                    case MemberInfo other:
                        yield return other.DeclaringType!;
                        break;
                }
            }

            i += Size(op.OperandType, il, i);
        }
    }

    private static int Size(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A type with its element type and generic arguments: <c>List&lt;Finding&gt;</c> uses <c>Finding</c>.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()))
            {
                yield return t;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static string Name(Type type) => type.DeclaringType is { } outer ? Name(outer) : type.Name;
}
