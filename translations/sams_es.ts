<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>SAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Ir a esta semana</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store selected</source>
        <translation>Ninguna tienda seleccionada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Store Appointment Management System</source>
        <translation>Sistema de gestión de citas de tiendas</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Store code to show.</source>
        <translation>Código de la tienda que se muestra.</translation>
    </message>
    <message>
        <source>Day to show (YYYY-MM-DD).</source>
        <translation>Día que se muestra (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>week, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Only the week view exists so far, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store with the code &quot;%1&quot;.</source>
        <translation>No hay ninguna tienda con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>SAMS_FAKE_NOW &quot;%1&quot; is not an ISO 8601 instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::Appointment</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>sams::Backup</name>
    <message>
        <source>Reading %1 for the copy failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is at schema %1, the backup would be at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the target database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; restore goes only into an empty database (create one with samsctl init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for other writers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::BookingRules</name>
    <message>
        <source>%1 opens on %2; %3 is before that.</source>
        <translation>%1 abre el %2; %3 es anterior.</translation>
    </message>
    <message>
        <source>%1 closed on %2.</source>
        <translation>%1 cerró el %2.</translation>
    </message>
    <message>
        <source>%1 starts on %2.</source>
        <translation>%1 empieza el %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 terminó el %2.</translation>
    </message>
    <message>
        <source>%1 is beyond the %2-day online booking horizon of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online bookings at %1 need %2 minutes&apos; notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online bookings need the customer&apos;s zip code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code %1 is not open for online booking at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs at least one slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at %3 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed at %2 on %3.</source>
        <translation>%1 está cerrado a las %2 del %3.</translation>
    </message>
    <message>
        <source>%1 has only %2 consecutive open slots from %3 on %4, not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked at %2 on %3.</source>
        <translation>%1 ya está reservado a las %2 del %3.</translation>
    </message>
    <message>
        <source>%1 is locked at %2 on %3: %4.</source>
        <translation>%1 está bloqueado a las %2 del %3: %4.</translation>
    </message>
    <message>
        <source>Booking into a lock needs the override right.</source>
        <translation>Reservar en un bloqueo requiere el permiso de anulación.</translation>
    </message>
    <message>
        <source>Booking into a lock needs a reason.</source>
        <translation>Reservar en un bloqueo requiere un motivo.</translation>
    </message>
</context>
<context>
    <name>sams::ChainInserter</name>
    <message>
        <source>Writing stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing zip codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ConnectionProfiles</name>
    <message>
        <source>Put no password in a profile&apos;s URL; SAMS keeps it in the system keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::CsvTable</name>
    <message>
        <source>a quote in the middle of a field; quote the whole field and double the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line names a separator SAMS does not read; use a comma, a semicolon or a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text: byte 0x%1 %2; save the file as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid %1 text %2; save the file as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and 1 more line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1 text; save the file as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid %1 text: half of a character; save the file as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::Database</name>
    <message>
        <source>There is no SAMS database at %1.</source>
        <translation>No hay ninguna base de datos de SAMS en %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Setting up SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; expects a %2 database, but %3 says it is %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1:%2 did not answer within %3 s (connect_timeout; the URL can set another, e.g. ?connect_timeout=30). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a SAMS database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a SAMS database (truncated?). Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so not a SAMS database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite says &quot;%2&quot;. Nothing was changed; run samsctl check, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for SQLite is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program (SQLite application id %2), not SAMS. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a SAMS database. Nothing was changed; create a SAMS database with samsctl init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite database (tables: %2), not a SAMS database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only here and needs its schema brought from version %2 to %3 first; open it once where it can be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not a valid PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is neither sqlite:PATH nor postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has an unknown option &quot;%2=%3&quot;; SQLite URLs take only synchronous=full or synchronous=normal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::EnvironmentBadge</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>A local database: changes here affect no store.</source>
        <translation>Una base de datos local: los cambios aquí no afectan a ninguna tienda.</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>The staging database: a copy for trying changes.</source>
        <translation>La base de datos de pruebas: una copia para ensayar cambios.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>The live database of the stores: every change reaches customers.</source>
        <translation>La base de datos real de las tiendas: cada cambio llega a los clientes.</translation>
    </message>
</context>
<context>
    <name>sams::ExistingNames</name>
    <message>
        <source>Reading existing names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s store code &quot;%1&quot; differs only in case from %2 in the database; store codes are unique regardless of case, so write it as the database does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s chair &quot;%1&quot; of %2 differs only in case from %3 in the database; a store&apos;s chair names are unique regardless of case, so write it as the database does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::HistoryWriter</name>
    <message>
        <source>Recording history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::IntegrityCheck</name>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments %1 and %2 overlap on chair %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1 takes a seat beyond the store&apos;s capacity of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: constraint %1 on %2 was never validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: trigger %1 on %2 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot check foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a %3 row that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is at version %3 but its history records %4 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip code %1 of store %2 has no history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>PRODUCTION DATABASE: every change here reaches the stores and their customers.</source>
        <translation>BASE DE DATOS DE PRODUCCIÓN: cada cambio aquí llega a las tiendas y a sus clientes.</translation>
    </message>
    <message>
        <source>SAMS [PRODUCTION]</source>
        <translation>SAMS [PRODUCCIÓN]</translation>
    </message>
    <message>
        <source>No store selected</source>
        <translation>Ninguna tienda seleccionada</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Times in store time, %1</source>
        <translation>Horas de la tienda, %1</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>%1 — SAMS [PRODUCTION]</source>
        <translation>%1 — SAMS [PRODUCCIÓN]</translation>
    </message>
    <message>
        <source>%1 — SAMS</source>
        <translation>%1 — SAMS</translation>
    </message>
</context>
<context>
    <name>sams::Migrator</name>
    <message>
        <source>The schema_version table of this database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of SAMS has no schema for the %1 driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has schema version %1, but this SAMS knows versions up to %2 only. Open it with a newer SAMS; nothing was changed.</source>
        <translation>Esta base de datos tiene la versión de esquema %1, pero este SAMS solo conoce hasta la versión %2. Ábrala con un SAMS más reciente; no se cambió nada.</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to migrate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::Spreadsheet</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; use HH:MM, 00:01 to 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; use HH:MM, 00:00 to 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after the open time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing; stores.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; this file takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 cells, but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store of stores.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chair of %2 in chairs.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as America/Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before opens_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after opens_on: staff must see a store before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before starts_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;store&quot; is only for chair rows: the chair follows the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty when days is &quot;store&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day list; use mon..sun, ranges like mon-fri, lists like sat,sun, or daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chair cannot both follow the store and have its own hours from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 overlaps another interval on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both closed all day and open at times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps another interval of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a five-digit zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local time; use YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not after from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have a visible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds &quot;%2&quot;, but its column has no name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs only in case from &quot;%2&quot;; store codes are unique regardless of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs only in case from &quot;%2&quot; of %3; a store&apos;s chair names are unique regardless of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a five-digit zip code; a spreadsheet program may have dropped its leading zeros: format the column as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SpreadsheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlBookingWriter</name>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 %2 it at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is at version %2, not %3:%4 Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is cancelled; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking: no id came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 changed its time zone from %2 to %3 meanwhile; nothing was changed. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request key &quot;%1&quot; was already used for appointment %2, at another chair or time; use a new key for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chair already has more appointments at %1 than the store&apos;s capacity of %2, so its seats cannot be rearranged; nothing was changed. Run samsctl check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rearranging seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot was just taken.</source>
        <translation type="unfinished">Ese horario acaba de ser reservado.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlChangeFeed</name>
    <message>
        <source>Cannot listen for changes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlLockWriter</name>
    <message>
        <source>Adding a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a lock: no id came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of this lock is no longer a chair of store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 changed its time zone from %2 to %3 meanwhile; nothing was changed. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlScheduleRepository</name>
    <message>
        <source>Reading open intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading zip codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlSpreadsheetImporter</name>
    <message>
        <source>Reading stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating chair %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding chair %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing exceptions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing exceptions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing zip codes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing locks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the new lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the new lock failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::StoreScheduleLoader</name>
    <message>
        <source>There is no store with the code &quot;%1&quot;.</source>
        <translation>No hay ninguna tienda con el código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has no chair named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of the stores %2, whose codes differ only in case; type the code exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of the chairs %2 of %3, whose names differ only in case; type the name exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::StoreTreeModel</name>
    <message>
        <source>%1 (opens %2)</source>
        <translation>%1 (abre el %2)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>%1 · %2
%3
Time zone: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (terminó el %2)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>sams::TextRules</name>
    <message>
        <source>contains a control character %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have a visible character, not only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::WeekGridView</name>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No chair of %1 is in service this week.</source>
        <translation>Ningún sillón de %1 está en servicio esta semana.</translation>
    </message>
    <message>
        <source>The store opens on %1.</source>
        <translation>La tienda abre el %1.</translation>
    </message>
</context>
<context>
    <name>sams::WeekScheduleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>
Displaced: its slots are closed or locked now; reschedule it.</source>
        <translation>
Desplazada: sus horarios ahora están cerrados o bloqueados; reprográmela.</translation>
    </message>
    <message>
        <source>%1
%2
%3–%4 (%5)
%6%7</source>
        <translation>%1
%2
%3–%4 (%5)
%6%7</translation>
    </message>
</context>
<context>
    <name>sams::cli::AppointmentCommands</name>
    <message>
        <source>&quot;%1&quot; is not an appointment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version &quot;%1&quot; is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store-local start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chair (default: the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 has no store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::BackupCommands</name>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::BenchCommand</name>
    <message>
        <source>%1 stores x %2 chairs, %3 appointments over %4 days (generated in %5 ms, indexed in %6 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slots of one store-week (all chairs, states)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first available, %1 slot(s), all stores, 18 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact of an hours change, one store, 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaced in current data, one store, 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated chain sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs per store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samsctl bench knows &quot;engine&quot; and &quot;storage&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stores &quot;%1&quot;: use numbers from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chairs must be 1 to 50 and --days 30 to 800.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::BookCommand</name>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store-local start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer zip code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff, phone or web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book into locked slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lock is overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slots &quot;%1&quot; must be a number from 1 to 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel &quot;%1&quot;: use staff, phone or web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override-lock needs --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of your own for this request: a retry with the same key never books twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::CheckCommand</name>
    <message>
        <source>%1 problem(s); %2 displaced appointment(s) in the coming year, flagged for rescheduling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::CommandContext</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a local time; use YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::ExportCommand</name>
    <message>
        <source>Where to write the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 stores to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::ImpactCommand</name>
    <message>
        <source>--hours: &quot;%1&quot; is not like &quot;mon-fri 09:00-12:00,13:00-17:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours: &quot;%1&quot; is not an interval like 09:00-12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed weekly hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the proposed hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day closed all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a proposed lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of a proposed lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chair to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to look at (default: a year on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-to must be after --lock-from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact needs a change: --hours with --from, --closed, --lock-from with --lock-to, --chair-ends with --on, or --store-closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointment(s) would be displaced; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::ImportCommand</name>
    <message>
        <source>The spreadsheet folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove what the sheet does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prune is not available yet; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) in the spreadsheet; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 database: add --confirm %2 to import into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores %1 added, %2 updated; chairs %3 added, %4 updated; %5 hours versions, %6 exceptions, %7 zip codes, %8 new locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would displace appointment %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaces appointment %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::InitCommand</name>
    <message>
        <source>Add a realistic demo chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the database local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is never written into a production database.</source>
        <translation>Los datos de demostración nunca se escriben en una base de datos de producción.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, and %1 already holds stores.</source>
        <translation>Los datos de demostración solo van a una base de datos vacía, y %1 ya contiene tiendas.</translation>
    </message>
    <message>
        <source>Added demo data: %1 stores, %2 chairs, %3 appointments, %4 work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment being relabelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is labelled production; relabelling it needs --confirm production.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::LockCommand</name>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this chair (default: every chair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store-local start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store-local end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaces appointment %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock was added, but what it displaces could not be read: %1 Run samsctl check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::ProfileCommand</name>
    <message>
        <source>add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use local, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1 (%2). Use it with --db profile:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: samsctl profile add NAME URL [--environment ENV] [--password-stdin] | list | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::Samsctl</name>
    <message>
        <source>usage: samsctl [--db URL] COMMAND [ARGS...]; commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::SlotsCommand</name>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from to --to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::StorageBench</name>
    <message>
        <source>Loading the bench data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent writers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench storage fills an empty database; %1 holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stores, %3 appointments loaded in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a week failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  store-week appointments   median %1 ms  p99 %2 ms  (budget 2 ms on SQLite; seed 300 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  store-week grid data      median %1 ms  p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  book                      median %1 ms  p99 %2 ms  (seed 200 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cancel                    median %1 ms  p99 %2 ms  (seed 200 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 concurrent writers     %2 bookings/s, %3 refused (taken or busy), %4 errors, %5 overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  first error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::limits</name>
    <message>
        <source>%1 %2 is outside the dates SAMS works with (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 days, more than the %3 SAMS allows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock lasts %1 days, more than %2; close a chair or store with an end date instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::sql</name>
    <message>
        <source>That slot was just taken.</source>
        <translation>Ese horario acaba de ser reservado.</translation>
    </message>
    <message>
        <source>The database is busy with other writers; nothing was changed. Try again.</source>
        <translation>La base de datos está ocupada con otras escrituras; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the database refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advancing ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database server did not finish within the statement timeout (statement_timeout, 30 s unless the URL sets it); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written here (a read-only file, folder or disk, or a disk too full to open it for writing); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite: %1); nothing was changed. Run samsctl check, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (SQLite: %1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving: the server may have saved it. Check before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the database (was the connection lost?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
