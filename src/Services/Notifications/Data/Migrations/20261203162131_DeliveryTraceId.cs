using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryTraceId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceId",
                table: "delivery_records",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceId",
                table: "delivery_records");
        }
    }
}
