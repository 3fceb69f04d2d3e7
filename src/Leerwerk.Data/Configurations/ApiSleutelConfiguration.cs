using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>A key is found by its hash (unique); it goes with its school.</summary>
internal sealed class ApiSleutelConfiguration : IEntityTypeConfiguration<ApiSleutel>
{
    public void Configure(EntityTypeBuilder<ApiSleutel> builder)
    {
        builder.ToTable("ApiSleutels");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Scopes).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.SleutelHash).HasMaxLength(64);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.Property(k => k.RevokedBy).HasMaxLength(256);
        builder.HasIndex(k => k.SleutelHash).IsUnique();
        builder.HasIndex(k => k.SchoolId);
        builder.HasOne<School>().WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(k => k.ScopeList);
        builder.Ignore(k => k.IsRevoked);
    }
}
