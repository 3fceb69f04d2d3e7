using Leerwerk.Data.Import;
using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>The id is made by the page (random), never by the database; the clean-up finds old files by their time.</summary>
internal sealed class ImportBestandConfiguration : IEntityTypeConfiguration<ImportBestand>
{
    public void Configure(EntityTypeBuilder<ImportBestand> builder)
    {
        builder.ToTable("ImportBestanden");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.UserName).HasMaxLength(Tekstlengte.Gebruiker);
        builder.Property(b => b.FileName).HasMaxLength(ImportBestand.FileNameLength);
        builder.HasOne<School>().WithMany().HasForeignKey(b => b.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.CreatedAt);
        builder.HasIndex(b => b.SchoolId);
    }
}
