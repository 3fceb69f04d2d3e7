using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeerlingenPartnersStageUren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessingTeacher",
                table: "Vakken",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPartial",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OutsideSchool",
                table: "Vakken",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsKunst",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsLo",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FollowsMaatschappijleer",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "KerndoelUrenLeerjaar1",
                table: "Leerlingen",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "KerndoelUrenLeerjaar2",
                table: "Leerlingen",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LwtBeoogd",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MaatschappelijkeStage",
                table: "Leerlingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Vrijstellingen",
                table: "Doorstroom",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AangebodenKeuzevakken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AangebodenKeuzevakken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AangebodenKeuzevakken_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeerwerkovereenkomstStatusWijzigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerwerkovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeerwerkovereenkomstStatusWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeerwerkovereenkomstStatusWijzigingen_Leerwerkovereenkomste~",
                        column: x => x.LeerwerkovereenkomstId,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SamenwerkingWijzigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SamenwerkingsovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SamenwerkingWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SamenwerkingWijzigingen_Samenwerkingsovereenkomsten_Samenwe~",
                        column: x => x.SamenwerkingsovereenkomstId,
                        principalTable: "Samenwerkingsovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Schoolkalenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Schooljaar = table.Column<int>(type: "integer", nullable: false),
                    EersteSchooldag = table.Column<DateOnly>(type: "date", nullable: false),
                    LaatsteSchooldag = table.Column<DateOnly>(type: "date", nullable: false),
                    EersteTijdvak = table.Column<DateOnly>(type: "date", nullable: false),
                    CspeVanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    BevrijdingsdagVrij = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schoolkalenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schoolkalenders_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageurenBeleid",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    UrenPerSchooljaar = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageurenBeleid", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageurenBeleid_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KlasLesdagen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SchoolkalenderId = table.Column<int>(type: "integer", nullable: false),
                    ClassName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Maandag = table.Column<bool>(type: "boolean", nullable: false),
                    Dinsdag = table.Column<bool>(type: "boolean", nullable: false),
                    Woensdag = table.Column<bool>(type: "boolean", nullable: false),
                    Donderdag = table.Column<bool>(type: "boolean", nullable: false),
                    Vrijdag = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KlasLesdagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KlasLesdagen_Schoolkalenders_SchoolkalenderId",
                        column: x => x.SchoolkalenderId,
                        principalTable: "Schoolkalenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VrijePeriodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SchoolkalenderId = table.Column<int>(type: "integer", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VrijePeriodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VrijePeriodes_Schoolkalenders_SchoolkalenderId",
                        column: x => x.SchoolkalenderId,
                        principalTable: "Schoolkalenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AangebodenKeuzevakken_SchoolId_Name",
                table: "AangebodenKeuzevakken",
                columns: new[] { "SchoolId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KlasLesdagen_SchoolkalenderId_ClassName",
                table: "KlasLesdagen",
                columns: new[] { "SchoolkalenderId", "ClassName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeerwerkovereenkomstStatusWijzigingen_LeerwerkovereenkomstId",
                table: "LeerwerkovereenkomstStatusWijzigingen",
                column: "LeerwerkovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_SamenwerkingWijzigingen_SamenwerkingsovereenkomstId",
                table: "SamenwerkingWijzigingen",
                column: "SamenwerkingsovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_Schoolkalenders_SchoolId_Schooljaar",
                table: "Schoolkalenders",
                columns: new[] { "SchoolId", "Schooljaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageurenBeleid_SchoolId",
                table: "StageurenBeleid",
                column: "SchoolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VrijePeriodes_SchoolkalenderId",
                table: "VrijePeriodes",
                column: "SchoolkalenderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AangebodenKeuzevakken");

            migrationBuilder.DropTable(
                name: "KlasLesdagen");

            migrationBuilder.DropTable(
                name: "LeerwerkovereenkomstStatusWijzigingen");

            migrationBuilder.DropTable(
                name: "SamenwerkingWijzigingen");

            migrationBuilder.DropTable(
                name: "StageurenBeleid");

            migrationBuilder.DropTable(
                name: "VrijePeriodes");

            migrationBuilder.DropTable(
                name: "Schoolkalenders");

            migrationBuilder.DropColumn(
                name: "AssessingTeacher",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "IsPartial",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "OutsideSchool",
                table: "Vakken");

            migrationBuilder.DropColumn(
                name: "FollowsKunst",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "FollowsLo",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "FollowsMaatschappijleer",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "KerndoelUrenLeerjaar1",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "KerndoelUrenLeerjaar2",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "LwtBeoogd",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "MaatschappelijkeStage",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "Vrijstellingen",
                table: "Doorstroom");
        }
    }
}
