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
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <source>Ctrl+T</source>
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
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDown</source>
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
    <message>
        <source>Window size in pixels, e.g. 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT in pixels, from 640x480 to 7680x4320, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view is week, day or month, not &quot;%1&quot;.</source>
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
    <name>sams::AppointmentDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished">&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: never shown to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4) · %5 · %6
Appointment %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with a change made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this appointment while you were editing it. Reload to see their change; your edits will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else cancelled this appointment while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was cancelled or moved to another week elsewhere; close and find it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As booked (e-mail, else SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer &amp;wants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1, next at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Calendars&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::BookingDialog</name>
    <message>
        <source>&amp;First available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book into a &amp;locked slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For web bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on any chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in any store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the earliest open start from the day shown on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this locked slot is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open start for %1 on any chair that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open start for %1 on %2 that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No open start for %1 within %n day(s) from %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First available in %1: %2, %3 (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First available: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
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
        <source>You may not book appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chair of %1 is in service on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past: choose another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail address: it has no @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not free for %2 on %3: choose another start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for booking into the locked slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 slot (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slots (%2 min)</source>
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
    <message>
        <source>%1 takes bookings from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::CalDavClient</name>
    <message>
        <source>The calendar server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server refused the login (401). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS sends a calendar&apos;s password only over https (or to this computer), not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not tell its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::CalendarSync</name>
    <message>
        <source>CalDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Pendiente</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::CalendarSyncDialog</name>
    <message>
        <source>needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1&apos;s desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push this event again, from the first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar&apos;s new password or sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar is connected yet: &lt;b&gt;Connect a calendar…&lt;/b&gt; sends the bookings of your stores to your own calendar.</source>
        <translation type="unfinished"></translation>
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
    <name>sams::ChairsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add chair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chair to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookable from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day with bookings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ConnectAccount</name>
    <message>
        <source>This build cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server did not give a calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ConnectCalendarDialog</name>
    <message>
        <source>&amp;Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled work &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalDAV: iCloud, Nextcloud, Fastmail and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up on this computer: see docs/calendar-sync.md, &quot;Google Calendar and Outlook&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://caldav.icloud.com/ or your Nextcloud or Fastmail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app password made for SAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: customer, contact, service, chair, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: customer, service and chair, no contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS puts a calendar named “SAMS” in this account and keeps your stores&apos; bookings in it: created when booked, moved when moved, removed when cancelled. Changes made in the calendar never change a booking. The password stays in this computer&apos;s keychain; this computer pushes for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
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
    <name>sams::CustomerSearchBox</name>
    <message>
        <source>Find a customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, e-mail or appointment number; Enter opens the newest match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment matches “%1”.</source>
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
    <name>sams::DayOrdersDialog</name>
    <message>
        <source>Work orders due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 work orders due %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::DeliveryWorker</name>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::DueTodayDock</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail: %1 (rescheduled %2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::DueTodayModel</name>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WALK-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in-house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::EditCommand</name>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1 to 1 slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1 to %2 slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock undone</source>
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
    <name>sams::EventContent</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ExceptionDialog</name>
    <message>
        <source>closed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Special hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and date exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:00-14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday, inventory, training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming exceptions of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this exception removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special hours are intervals like 10:00-14:00, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the special hours, or choose &quot;Closed all day&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason: it is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has passed.</source>
        <translation type="unfinished"></translation>
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
    <name>sams::GoogleClient</name>
    <message>
        <source>Google&apos;s answer is not an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Google Calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::GraphClient</name>
    <message>
        <source>Microsoft&apos;s answer is not an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the Outlook calendar.</source>
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
    <name>sams::HoursEditorDialog</name>
    <message>
        <source>Follow the store&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type intervals like 09:00-12:00; leave a day empty to close it. Lunch is the gap between two intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes &amp;effect from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the week of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not like 09:00-12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hours are in effect already: use &quot;New version…&quot; to change them from a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours cannot change the past: choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens on %2: no hours before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a version from that date already: open it in the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) to correct: see the marked cells.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 this chair follows the store&apos;s hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::HoursPresets</name>
    <message>
        <source>Weekdays 9-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays 9-5, lunch 12-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Saturday 9-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Saturday 10-7, lunch 1-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day 10-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed all week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::HttpClient</name>
    <message>
        <source>libcurl could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ImpactPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No appointment is displaced: every booking still fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n appointment(s) would be displaced. They stay booked and go on the rescheduling worklist with alternatives; nothing is moved or cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;%1&lt;/b&gt; database. Type %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save; put %n on the worklist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ImportDialog</name>
    <message>
        <source>From a &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;web folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;remove what the sheet no longer names (chairs are ended, never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the store spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;%1&lt;/b&gt; database: type %1 to import into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the spreadsheet; nothing can be imported until they are corrected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The spreadsheet is sound. Nothing written yet; no appointment would be displaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The spreadsheet is sound. Nothing written yet; %n appointment(s) would be displaced and go on the rescheduling worklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported. %n appointment(s) displaced: on the rescheduling worklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
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
    <name>sams::Keychain</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not forget the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::LockDialog</name>
    <message>
        <source>Lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chair of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. &quot;Staff meeting&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason: everyone sees it on the locked slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason %1.</source>
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
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 — SAMS [PRODUCTION]</source>
        <translation>%1 — SAMS [PRODUCCIÓN]</translation>
    </message>
    <message>
        <source>%1 — SAMS</source>
        <translation>%1 — SAMS</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished">%1 – %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are the store&apos;s (%1), not this computer&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are the store&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not change appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window was opened without editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a week or a day to book into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a pending or confirmed appointment is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s appointment cancelled? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not lock time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the lock &quot;%1&quot; removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open place for %1 on the days shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;First Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending or confirmed appointment is cancelled; correct the status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Work Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Appointment Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot was just taken. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every cell and what the import would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the spreadsheet from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that failed or whose fate is unknown: open the outbox to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator words the customers&apos; messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make today&apos;s &amp;reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the due-today orders failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order reminders could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the month&apos;s work orders failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Orders Due (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and &amp;exceptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store settings and zip codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling &amp;worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Displaced appointments are on the rescheduling worklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the worklist: %1 of %2 stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the hours from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 (%n store(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exception of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar needs a new sign-in, or events failed: open calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1” needs a new sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS stopped sending bookings to it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar needs sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar connected: your stores&apos; bookings are on their way to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again: the calendar&apos;s waiting bookings are on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s new app password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up on this computer (docs/calendar-sync.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s &amp;messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and administrators set a store&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s choice of messages is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::MessageFreshness</name>
    <message>
        <source>The appointment no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was booked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later message replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was never told of the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has taken place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its moment passed before it could be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked for no messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::MessageTemplates</name>
    <message>
        <source>Your appointment at {store} on {date} at {time}</source>
        <translation>Su cita en {store} el {date} a las {time}</translation>
    </message>
    <message>
        <source>Hello {customer},

your appointment for {service} at {store} is booked for {date} at {time} ({chair}).

{address}
{instructions}

To change or cancel it, call us at {phone}.</source>
        <translation>Hola, {customer}:

su cita de {service} en {store} está reservada para el {date} a las {time} ({chair}).

{address}
{instructions}

Para cambiarla o cancelarla, llámenos al {phone}.</translation>
    </message>
    <message>
        <source>Your appointment at {store} has moved to {date} at {time}</source>
        <translation>Su cita en {store} ha cambiado al {date} a las {time}</translation>
    </message>
    <message>
        <source>Hello {customer},

your appointment for {service} at {store} is now on {date} at {time} ({chair}).

{address}
{instructions}

To change or cancel it, call us at {phone}.</source>
        <translation>Hola, {customer}:

su cita de {service} en {store} es ahora el {date} a las {time} ({chair}).

{address}
{instructions}

Para cambiarla o cancelarla, llámenos al {phone}.</translation>
    </message>
    <message>
        <source>Your appointment at {store} on {date} at {time} is cancelled</source>
        <translation>Su cita en {store} del {date} a las {time} está cancelada</translation>
    </message>
    <message>
        <source>Hello {customer},

your appointment for {service} at {store} on {date} at {time} is cancelled.

To book again, call us at {phone}.</source>
        <translation>Hola, {customer}:

su cita de {service} en {store} del {date} a las {time} está cancelada.

Para reservar de nuevo, llámenos al {phone}.</translation>
    </message>
    <message>
        <source>Reminder: your appointment at {store} on {date} at {time}</source>
        <translation>Recordatorio: su cita en {store} el {date} a las {time}</translation>
    </message>
    <message>
        <source>Hello {customer},

this is a reminder of your appointment for {service} at {store} on {date} at {time} ({chair}).

{address}
{instructions}

If you cannot come, call us at {phone}.</source>
        <translation>Hola, {customer}:

le recordamos su cita de {service} en {store} el {date} a las {time} ({chair}).

{address}
{instructions}

Si no puede venir, llámenos al {phone}.</translation>
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
    <name>sams::MonthScheduleModel</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n displaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>work orders due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::MonthView</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed · %n booked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 booked / %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n displaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::NotifyRows</name>
    <message>
        <source>Reading a store&apos;s notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a customer&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OAuthHttp</name>
    <message>
        <source>The sign-in server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar&apos;s sign-in expired or was revoked (invalid_grant). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar service did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar service answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OAuthSignIn</name>
    <message>
        <source>The service gave no refresh token: allow SAMS to stay signed in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the exchange (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port on this computer to receive the sign-in&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in came back within five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OrderDialog</name>
    <message>
        <source>New work order at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Now due %3 %4&lt;br&gt;Trail: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank for an in-house job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare: items or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in (no due time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning (by 12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon (by 17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening (by 20:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it moves (kept in the order&apos;s trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OrderMessages</name>
    <message>
        <source>as soon as you drop by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  #%2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have your order %1 (%2). It will be ready %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time for your order %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order %1 (%2) will now be ready %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order %1 is ready at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order %1 (%2) is ready for you at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order due tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders due tomorrow at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::Outbox</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians&apos; reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its text and its last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again, from the first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(worded from its template when it is sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OutboxModel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try / sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::OutboxRows</name>
    <message>
        <source>Queueing a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair %1 has no store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ReasonDialog</name>
    <message>
        <source>Enter the reason: it is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::RulesEditFlow</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be read: %1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n store(s) before it were saved)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sams::RulesValidation</name>
    <message>
        <source>%1 is not within 00:00-24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes before it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours need a date they take effect from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a chair&apos;s hours can follow the store&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours that follow the store&apos;s list no hours of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours from %1 would change the past; choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 opens on %2; hours cannot take effect before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has passed; exceptions are for today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair would end on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair %1 has started already; its start date can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end date of %1 has passed; choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot lasts 5 to 480 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chair takes at least one appointment at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon and the notice cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store needs a visible-from and an opening date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff must see the store (from %1) no later than it opens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store would close on %1, before it opens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has opened already; its opening date can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing date of %1 has passed; choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ScheduleEditor</name>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::ScheduleLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SearchResultsModel</name>
    <message>
        <source>%1 %2</source>
        <comment>store code, chair name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SheetDownloader</name>
    <message>
        <source>%1 is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SmsGateway</name>
    <message>
        <source>libcurl could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway did not answer after the text was handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway refused it (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s answer (%1) does not say whether it sent the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway failed (%1) after taking the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway refused the account (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SmtpMailer</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an e-mail address; set it with samsctl notify setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP address %1 is wrong: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server refused it (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server deferred it (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending by SMTP failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP login would cross the network unencrypted: use smtps:// or --starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server could not be reached: %1</source>
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
    <name>sams::SpreadsheetImport</name>
    <message>
        <source>stores.csv: %1 added, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chairs.csv: %1 added, %2 changed, %3 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours.csv: %1 versions added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceptions.csv: %1 added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zipcodes.csv: %1 added, %2 changed, %3 deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks.csv: %1 added, %2 removed</source>
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
    <message>
        <source>reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a pending or confirmed appointment is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlCalendarSync</name>
    <message>
        <source>A calendar account needs the SAMS user it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar account must follow appointments, orders or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CalDAV account needs its server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calendar accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calendar accounts&apos; stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the appointments a calendar follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the work orders a calendar follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a calendar account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new account&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a calendar&apos;s stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a calendar account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a calendar account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a calendar account&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noting a calendar&apos;s desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering interrupted calendar pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push was interrupted; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming calendar events to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this installation&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a calendar event&apos;s appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a calendar event&apos;s work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a calendar event&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing a calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording how a calendar push went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting calendar events that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing a calendar event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event %1 is being pushed right now.</source>
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
        <source>Reading the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lock %1; it may have been removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlNotifyConfig</name>
    <message>
        <source>Reading the notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder must come between 0 minutes and 14 days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missed window must be between 0 minutes and 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a store&apos;s notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a subject and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer&apos;s e-mail address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a customer&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting a customer&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlOrderReminders</name>
    <message>
        <source>Reading the stores&apos; reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tomorrow&apos;s work orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking tomorrow&apos;s work orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlOutbox</name>
    <message>
        <source>There is no delivery channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stopped in the middle of sending it; it is sent again under the same Message-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stopped in the middle of sending it: it may have gone. Ask the customer, then retry or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering interrupted messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a message&apos;s appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a message&apos;s work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for later messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording how a message went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is %2; that cannot be done to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stopped before sending it; it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing a message over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlRulesWriter</name>
    <message>
        <source>%1 was changed by someone else since you opened it; look at it again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has a chair named %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are in effect already; add a new version from a later date instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of this exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only exceptions from today to a year ahead can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chairs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 has opened; its time zone can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing zip code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled; there is nobody to contact.</source>
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
    <message>
        <source>Searching appointments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlSnapshot</name>
    <message>
        <source>Reading store %1: the database answered something other than the schedule (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appointment line with too few values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schedule of %1: no answer.</source>
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
        <source>Writing hours of %1</source>
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
    <message>
        <source>Pruning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading store %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding chair %1 to %2: no id came back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SqlWorkOrderService</name>
    <message>
        <source>There is no work order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 was changed by someone else since you opened it; look at it again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is not one of %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2; only an open order can be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is due then already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the reschedule of work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trail of work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the open work orders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder time must be between 00:00 and 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That store no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reminder time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::StoreMessagesDialog</name>
    <message>
        <source>Show customers&apos; &amp;phone numbers in staff&apos;s own calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s SMS sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days keep the wall-clock time, also across a DST change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min late at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder that cannot go by then is marked missed rather than arriving late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars at Google, Microsoft or Apple are outside the store: leave phone numbers out of them if the store&apos;s policy asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS s&amp;ender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
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
    <message>
        <source>Store %1 changed its time zone from %2 to %3 meanwhile; nothing was changed. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::StoreSettingsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web bookings from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity per chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff see it &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;zip code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;activation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip codes (web customers book once theirs is active):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web bookings from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active</source>
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
    <name>sams::SyncModel</name>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::SyncWorker</name>
    <message>
        <source>The calendar keeps this event&apos;s identity reserved; it is pushed again under a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in the calendar by its owner: SAMS no longer pushes it. The booking itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sams::TemplatesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: made from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such placeholder: {%1}</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair not in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment grid. Arrows move between slots and chairs, Enter books or opens, Delete cancels, Alt+arrows move the selected appointment, Alt+Shift+Up/Down change its length.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>
Work orders to prepare for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::WorkOrderRules</name>
    <message>
        <source>A scheduled order needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be between 00:00 and 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when it is due: MORNING, AFTERNOON, EVENING or a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date must be in the future: %1 has passed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date must be in the future: %1 %2 has passed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the order is for or what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MORNING (by 12:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTERNOON (by 17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENING (by 20:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::WorklistDock</name>
    <message>
        <source>Show contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternatives (nearest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open place in the two weeks around it: call the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did %1 say? The note is kept with the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s appointment cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::WorklistModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>chair, day and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>New length in slots (default: the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slots &quot;%1&quot; is not a number of slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status: pending, confirmed, checked_in, completed or no_show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional; kept in history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not one of pending, confirmed, checked_in, completed, no_show (use samsctl cancel to cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock (its id, as samsctl lock printed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lock id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed lock %1 (%2).</source>
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
        <source>--stores &quot;%1&quot;: use numbers from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chairs must be 1 to 50 and --days 30 to 800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine, storage, writers, fill, ops, manager, orders, outbox or sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samsctl bench knows &quot;engine&quot;, &quot;storage&quot;, &quot;writers&quot;, &quot;fill&quot;, &quot;ops&quot;, &quot;manager&quot;, &quot;orders&quot;, &quot;outbox&quot; and &quot;sync&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::BenchData</name>
    <message>
        <source>bench %1 fills an empty database; %2 holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bench data</source>
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
    <name>sams::cli::HoursCommands</name>
    <message>
        <source>Say which: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chair&apos;s own hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the hours take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week, e.g. &quot;mon-fri 09:00-12:00,13:00-17:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair follows the store&apos;s hours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hours from %2 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --hours or --follow-store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code, or several separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special hours that day (default: closed all day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. &quot;Inventory&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exception on %2 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::ImpactCommand</name>
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
        <source>%1 problem(s) in the spreadsheet; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 database: add --confirm %2 to import into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import (nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would displace appointment %1 at %2 (%3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaces appointment %1 at %2 (%3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) would be displaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) displaced: on the rescheduling worklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sams::cli::ManagerBench</name>
    <message>
        <source>Timed runs of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 10 stores, 5 chairs each, %2 appointments over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bench stores are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact preview of an hours change, one store, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    of which: %1 appointments in %2 touched ranges read %3 ms; their customers read %4 ms (reading the whole year instead: %5 ms, compared in %6 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worklist with alternatives, one store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 displaced listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import dry run, 300-store spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, 300-store spreadsheet, into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of the same spreadsheet again (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::NotifyCommands</name>
    <message>
        <source>%1 &quot;%2&quot; is not a %3 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login and --password-stdin go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateway&apos;s token on standard input: --sms-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: e-mail %1, SMS %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reminders %2 h before, missed after %3 min, in &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is not set up: samsctl notify setup --smtp URL --from ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message shows that SAMS can send e-mail through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a test message to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state &quot;%1&quot; is not a message state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which message: outbox %1 ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, retrying %2, failed %3, superseded %4, missed %5, unknown %6, recovered %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup, show, store, prefer or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SMTP password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the gateway token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts before a message is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late a reminder may still go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers&apos; language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to send the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say notify setup, show, store, prefer or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, retry, cancel or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this store&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a claimed message is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say outbox list, retry, cancel or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the login with --login and the secret on standard input, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login needs an encrypted connection: use smtps:// or --starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calendar-phones is yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say notify prefer CONTACT email|sms|none|auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers in staff&apos;s own calendars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::OpsBench</name>
    <message>
        <source>run %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments on the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the bookable month (default: a week from today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the bench store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store HIST, Chair 1 holds %2 appointments from %3; bookable from %4 (%5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the month read and booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of each in-process operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of each samsctl process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3, %4 appointments on the chair; %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too few free slots from %2 to book into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-process, warm connection (%1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair-day slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair-month slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-week grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole samsctl process (%1 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samsctl slots, a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samsctl slots, a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samsctl book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench ops: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::OrdersBench</name>
    <message>
        <source>Timed runs of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store ORD-1 with 10,000 open work orders (120 on today&apos;s panel) and 2,000 done; store BACKLOG with 10,000 open orders all due by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due-today read and classification, 10,000 open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month view&apos;s orders, one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder job once the day&apos;s reminders are made or nothing is due (each desktop, each minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due-today, 10,000 orders all due by today (for scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::OrdersCommand</name>
    <message>
        <source>Say which order: orders %1 NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --slot MORNING|AFTERNOON|EVENING or --time HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot &quot;%1&quot; is not MORNING, AFTERNOON or EVENING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time &quot;%1&quot; is not a time; use HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appointment must be an appointment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is due %2 %3 (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 at %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail: %1 (rescheduled %2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. %2 → %3  by %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time HH:MM is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reminds its technicians at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule, walk-in, reschedule, start, complete, cancel, show, due-today, remind or reminder-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MORNING, AFTERNOON or EVENING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exact time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment to prepare for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store-local moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry with the same key adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say orders schedule, walk-in, reschedule, start, complete, cancel, show, due-today, remind or reminder-time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::OutboxBench</name>
    <message>
        <source>The SMTP server to drain to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to queue and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery workers at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Maildir, to count arrivals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one store, %2 chairs; %3 bookings with an e-mail and %3 without, alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking with a customer e-mail (queues confirmation and reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking without one (nothing queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  queueing adds %1 ms at the median (budget 1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  drained %1 messages with %2 worker(s) in %3 s: %4 messages/s; %5 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message&apos;s send (SMTP connection to 250 OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  per message, claim to recorded end, all workers: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sent more than once (attempts &gt; 1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the server holds %1 messages, %2 distinct Message-IDs: %3 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::PassLoop</name>
    <message>
        <source>Do what is due now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between passes.</source>
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
    <name>sams::cli::RuleOptions</name>
    <message>
        <source>--%1: &quot;%2&quot; is not an interval like 09:00-12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not like &quot;mon-fri 09:00-12:00,13:00-17:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chair needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would displace appointment %1 at %2 (%3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaces appointment %1 at %2 (%3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) would be displaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) displaced: on the rescheduling worklist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sams::cli::StoreCommands</name>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first day (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last day (add; optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last day, or none (end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which: add, end, rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say: store set --store CODE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day web customers from it may book, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say: zip set --store CODE --zip CODE --active-from DATE|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code %1 of %2 is active from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code %1 of %2 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::SyncBench</name>
    <message>
        <source>The CalDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings, then as many moves and cancellations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows for the sync view&apos;s read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CalDAV server did not give a calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one store, %2 chairs; %3 bookings, %3 moves, %3 cancellations pushed to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: pushed %2, deleted %3, retrying %4, failed %5 in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one %1 (request to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  events in the calendar: %1 after %2 bookings, %3 after the moves, %4 after the cancellations; duplicates: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync view&apos;s read of every row (the view&apos;s columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same with every column (samsctl sync status)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::SyncCommands</name>
    <message>
        <source>Open this address in a browser and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which OAuth client SAMS signs in as: --client-id, or SAMS_GOOGLE_CLIENT_ID / SAMS_MICROSOFT_CLIENT_ID (docs/calendar-sync.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app password on standard input (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience is staff or manager, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kinds lists appointments and orders, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account: sync accounts signin ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which OAuth client SAMS signs in as: --client-id, or SAMS_GOOGLE_CLIENT_ID / SAMS_MICROSOFT_CLIENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1 is signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account: sync accounts remove ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer holds no secret for account %1: remove it where it was connected, so that SAMS&apos;s calendar goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMS&apos;s calendar was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1 and SAMS&apos;s calendar in it are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which event: sync retry ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event %1 is pending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar account %1 needs a new sign-in (sync accounts signin %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1, deleted %2, unchanged %3, retrying %4, failed %5, needs sign-in %6, removed by the user %7, recovered %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts, status, retry or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAMS user whose calendar it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Google Calendar account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Microsoft Outlook account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CalDAV login (or the account&apos;s address, for people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client SAMS signs in as (Google, Outlook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s desktop client&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local fake of the Google or Graph API (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the app password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stores it follows (codes, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments, orders, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff or manager: what its events show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a claimed event is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say sync accounts, accounts add, accounts signin or accounts remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say sync accounts, status, retry or run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sams::cli::WorklistCommand</name>
    <message>
        <source>Say: worklist contacted ID --note TEXT [--version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1 is marked contacted (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also those marked contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n displaced appointment(s) to reschedule.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sams::cli::WritersBench</name>
    <message>
        <source>writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores in the chain (5 chairs each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writers need at least %1 chairs; %2 stores have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stores, %3 chairs, %4 appointments loaded in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer %1 did not get ready (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer %1 did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer %1 reported nothing (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 writer processes, %2 s: %3 bookings, %4 bookings/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bookings per writer       min %1  median %2  max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  busy refusals %1, taken %2, errors %3, longest booking %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  first error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 writer(s) ran out of free places before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overlaps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 busy refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writer(s) booked nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: no overlaps, errors or busy refusals; every writer booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker&apos;s number, from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed &quot;now&quot;, UTC seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench writer needs --worker I --of N --seconds S --now T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench writer got no start instant.</source>
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
