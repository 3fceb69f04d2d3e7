namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>What a samenwerkingsovereenkomst covers. LWT and the two leerroutes need separate agreements.</summary>
public enum SamenwerkingSoort
{
    LeerWerktraject,
    DoorlopendeLeerroute,
    GeintegreerdeLeerroute,
}
