<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Operation</name>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="84" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="108" />
        <source>{label}
{done} of {total}</source>
        <translation>{label}
{done} из {total}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="112" />
        <source>Stopping… nothing will be left half-done.</source>
        <translation>Останавливаю… ничего не останется сделанным наполовину.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/operations.py" line="113" />
        <source>Stopping…</source>
        <translation>Останавливаю…</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="1" />
        <source>Collecting the dates…</source>
        <translation>Собираю даты…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="19" />
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="30" />
        <source>Nothing to put in a calendar yet: no birthdays, proposal validity dates or next steps with a date.</source>
        <translation>Пока нечего выгружать в календарь: нет дней рождения, сроков действия КП и следующих шагов с датой.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="38" />
        <source>KAM calendar</source>
        <translation>Календарь КАМ</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="41" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/calendar_export.py" line="54" />
        <source>Saved {events} events and {todos} tasks to {path}. Import the file into Outlook, Google Calendar or Thunderbird.</source>
        <translation>Сохранено событий: {events}, задач: {todos} — в {path}. Импортируйте файл в Outlook, Google Календарь или Thunderbird.</translation>
    </message>
    <message>
        <source>Calendar — {client}</source>
        <translation>Календарь — {client}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="520" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="521" />
        <source>DMU member</source>
        <translation>Участник ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="522" />
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="523" />
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="524" />
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="525" />
        <source>DMU role</source>
        <translation>Роль в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="526" />
        <source>Proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="527" />
        <source>Catalogue item</source>
        <translation>Позиция каталога</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="528" />
        <source>Similar project</source>
        <translation>Аналогичный проект</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="529" />
        <source>Argument block</source>
        <translation>Блок аргументов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="535" />
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="536" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="537" />
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="538" />
        <source>tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="539" />
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="540" />
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="541" />
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="542" />
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="543" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="544" />
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="545" />
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="546" />
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="547" />
        <source>share of our sales</source>
        <translation>доля в наших продажах</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="548" />
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="549" />
        <source>weak points</source>
        <translation>слабые места</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="550" />
        <source>growth areas</source>
        <translation>точки роста</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="551" />
        <source>buying process</source>
        <translation>процесс закупки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="552" />
        <source>competitors</source>
        <translation>конкуренты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="553" />
        <source>reliability check</source>
        <translation>проверка надёжности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="554" />
        <source>tenders</source>
        <translation>тендеры</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="555" />
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="556" />
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="557" />
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="558" />
        <source>influence</source>
        <translation>влияние</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="559" />
        <source>attitude</source>
        <translation>отношение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="560" />
        <source>decision style</source>
        <translation>стиль решений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="561" />
        <source>reports to</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="562" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="563" />
        <source>preferred channel</source>
        <translation>удобный канал</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="564" />
        <source>preferred time</source>
        <translation>удобное время</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="565" />
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="566" />
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="567" />
        <source>hobbies</source>
        <translation>увлечения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="568" />
        <source>values</source>
        <translation>ценности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="569" />
        <source>likes</source>
        <translation>любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="570" />
        <source>dislikes</source>
        <translation>не любит</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="571" />
        <source>topics to avoid</source>
        <translation>темы, которых избегать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="572" />
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="573" />
        <source>last contact</source>
        <translation>последний контакт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="574" />
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="575" />
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="598" />
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="576" />
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="577" />
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="578" />
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="579" />
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="580" />
        <source>next step date</source>
        <translation>дата следующего шага</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="581" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="582" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="583" />
        <source>requisites</source>
        <translation>реквизиты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="584" />
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="585" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="586" />
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="587" />
        <source>validity date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="588" />
        <source>lines</source>
        <translation>позиции</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="589" />
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="590" />
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="591" />
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="592" />
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="593" />
        <source>addressees</source>
        <translation>адресаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="594" />
        <source>arguments</source>
        <translation>аргументы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="595" />
        <source>similar projects</source>
        <translation>аналогичные проекты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="596" />
        <source>referees</source>
        <translation>рекомендатели</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="597" />
        <source>preparing team</source>
        <translation>рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="599" />
        <source>sent on</source>
        <translation>дата отправки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="600" />
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="601" />
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="602" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="603" />
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="604" />
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="605" />
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="619" />
        <source>people: {n}</source>
        <translation>участников ГПР: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="620" />
        <source>interactions: {n}</source>
        <translation>взаимодействий: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="621" />
        <source>proposals: {n}</source>
        <translation>КП: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="633" />
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="634" />
        <source>Newer in the file</source>
        <translation>В файле новее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="635" />
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="636" />
        <source>Older than yours</source>
        <translation>Старее вашей</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="642" />
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="643" />
        <source>Take theirs</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="644" />
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="874" />
        <source>{n} new</source>
        <translation>новых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="875" />
        <source>{n} updated</source>
        <translation>обновлённых: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="876" />
        <source>{n} in conflict</source>
        <translation>конфликтов: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="877" />
        <source>{n} older</source>
        <translation>устаревших: {n}</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1050" />
        <source>&amp;Export dossier…</source>
        <translation>&amp;Экспорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1053" />
        <source>Save clients' dossiers to a .kamdossier file, optionally with a password.</source>
        <translation>Сохранить досье клиентов в файл .kamdossier, при желании — под паролем.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1056" />
        <source>&amp;Import dossier…</source>
        <translation>&amp;Импорт досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1060" />
        <source>Open a .kamdossier file: see what it adds or changes before anything is saved.</source>
        <translation>Открыть файл .kamdossier и увидеть, что он добавит или изменит, до сохранения.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1064" />
        <source>Export &amp;calendar…</source>
        <translation>Экспорт &amp;календаря…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1066" />
        <source>Birthdays, proposal validity dates and next steps as an .ics file.</source>
        <translation>Дни рождения, сроки действия КП и следующие шаги — в файл .ics.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1076" />
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1077" />
        <source>Export this dossier, or exchange its contacts as vCard</source>
        <translation>Экспортировать это досье или обменяться его контактами в формате vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1081" />
        <source>Export this dossier…</source>
        <translation>Экспорт этого досье…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1083" />
        <source>Export vCard…</source>
        <translation>Экспорт vCard…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1084" />
        <source>Import vCard…</source>
        <translation>Импорт vCard…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1135" />
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1150" />
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1136" />
        <source>There are no clients to export yet.</source>
        <translation>Пока нет клиентов для экспорта.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1151" />
        <source>Writing {file}…</source>
        <translation>Записываю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1160" />
        <source>{summary} Saved to {path}.</source>
        <translation>{summary} Сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1177" />
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1195" />
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1211" />
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1219" />
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1236" />
        <source>Import dossier</source>
        <translation>Импорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1179" />
        <source>KAM dossier (*.kamdossier);;All files (*)</source>
        <translation>Досье КАМ (*.kamdossier);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1197" />
        <source>Nothing to import: your database already has everything in «{file}».</source>
        <translation>Импортировать нечего: в вашей базе уже есть всё, что содержит «{file}».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1207" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1212" />
        <source>Importing {file}…</source>
        <translation>Импортирую {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_controller.py" line="1237" />
        <source>Checking {file}…</source>
        <translation>Проверяю {file}…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message>
        <source>This dossier&apos;s birthdays, proposal validity dates and next steps as .ics</source>
        <translation>Дни рождения, сроки действия КП и следующие шаги этого досье в файле .ics</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="249" />
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="452" />
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="499" />
        <source>Export dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="265" />
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="277" />
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="278" />
        <source>no client is open</source>
        <translation>клиент не открыт</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="279" />
        <source>This client: «{name}»</source>
        <translation>Этот клиент: «{name}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="281" />
        <source>Chosen clients:</source>
        <translation>Выбранные клиенты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="283" />
        <source>All clients ({count})</source>
        <translation>Все клиенты ({count})</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="290" />
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="322" />
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="323" />
        <source>Protect the file with a password (AES-256)</source>
        <translation>Защитить файл паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="341" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="343" />
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="352" />
        <source>Save to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="355" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="392" />
        <source>Chosen: {count}</source>
        <translation>Выбрано: {count}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="411" />
        <source>all clients {date}</source>
        <translation>все клиенты {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="413" />
        <source>dossiers {date}</source>
        <translation>досье {date}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="428" />
        <source>Weak password: use at least 12 characters, mixing letters and digits.</source>
        <translation>Слабый пароль: используйте не меньше 12 символов, буквы вместе с цифрами.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="429" />
        <source>Fair password.</source>
        <translation>Средний пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="430" />
        <source>Strong password.</source>
        <translation>Надёжный пароль.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="437" />
        <source>Send the password separately from the file, e.g. by phone. It is not stored anywhere: a lost password cannot be recovered.</source>
        <translation>Передайте пароль отдельно от файла, например по телефону. Он нигде не хранится: забытый пароль восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="442" />
        <source>Without a password anyone who gets the file can read it. Dossiers are a commercial secret and hold personal data of the client's employees.</source>
        <translation>Без пароля файл прочтёт любой, к кому он попадёт. Досье — коммерческая тайна и содержит персональные данные сотрудников клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="454" />
        <source>KAM dossier (*.kamdossier)</source>
        <translation>Досье КАМ (*.kamdossier)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="465" />
        <source>Choose at least one client.</source>
        <translation>Выберите хотя бы одного клиента.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="469" />
        <source>The password needs at least {n} characters.</source>
        <translation>Пароль должен быть не короче {n} символов.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="473" />
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="476" />
        <source>Choose where to save the file.</source>
        <translation>Укажите, куда сохранить файл.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="480" />
        <source>Folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_export_dialog.py" line="500" />
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже есть. Заменить его?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="727" />
        <source>Import dossier — preview</source>
        <translation>Импорт досье — предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="730" />
        <source>What «{file}» will change</source>
        <translation>Что изменит «{file}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="745" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="745" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="745" />
        <source>Your choice</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="745" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="774" />
        <source>Apply to all conflicts</source>
        <translation>Применить ко всем конфликтам</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="778" />
        <source>For every conflict:</source>
        <translation>Для всех конфликтов:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="788" />
        <source>Keep mine: your record stays as it is. Take theirs: the record from the file replaces yours. Keep both: the record from the file is added as a copy. Nothing changes until you press Import, and the import is all or nothing.</source>
        <translation>«Оставить моё» — ваша запись не меняется. «Взять из файла» — запись из файла заменяет вашу. «Оставить оба» — запись из файла добавляется копией. До нажатия «Импортировать» ничего не меняется, а импорт выполняется целиком или не выполняется вовсе.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="804" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="832" />
        <source>Exported by {who} on {when} (KAM Desktop {version}).</source>
        <translation>Экспортировал {who}, {when} (KAM Desktop {version}).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="833" />
        <source>unknown</source>
        <translation>неизвестно кто</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="844" />
        <source>This file cannot be imported: it holds records that belong to another client in your database (or are another kind of record here). Nothing will change.</source>
        <translation>Этот файл нельзя импортировать: в нём есть записи, которые в вашей базе принадлежат другому клиенту (или являются здесь записями другого вида). Ничего не изменится.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="850" />
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="856" />
        <source>to add</source>
        <translation>добавится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="857" />
        <source>to update</source>
        <translation>обновится</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="858" />
        <source>in conflict</source>
        <translation>в конфликте</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="859" />
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="860" />
        <source>older than yours (kept)</source>
        <translation>старее ваших (останутся ваши)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="899" />
        <source>Shared: our company, team, roles, library</source>
        <translation>Общие данные: наша компания, команда, роли, библиотека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="906" />
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="961" />
        <source>Yours last changed {mine}; the file's {theirs}.</source>
        <translation>Ваша изменена {mine}, в файле — {theirs}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_import_preview.py" line="967" />
        <source>Differs in: {fields}.</source>
        <translation>Отличается: {fields}.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="189" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="191" />
        <source>«{file}» is protected with a password.</source>
        <translation>Файл «{file}» защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="197" />
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="203" />
        <source>Check the keyboard layout and Caps Lock.</source>
        <translation>Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/exchange_password.py" line="211" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="1" />
        <source>Reading {file}…</source>
        <translation>Читаю {file}…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="1" />
        <source>Adding the contacts…</source>
        <translation>Добавляю контакты…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="42" />
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="43" />
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="44" />
        <source>Same name</source>
        <translation>То же ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="202" />
        <source>Export vCard</source>
        <translation>Экспорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="209" />
        <source>decision group</source>
        <translation>ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="212" />
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="225" />
        <source>Saved {count} contacts of «{client}» to {path}.</source>
        <translation>Сохранено контактов «{client}»: {count} — в {path}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="238" />
        <source>Import vCard</source>
        <translation>Импорт vCard</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="245" />
        <source>vCard ({patterns});;All files (*)</source>
        <translation>vCard ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="263" />
        <source>No contacts were added.</source>
        <translation>Контакты не добавлены.</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="57" />
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="60" />
        <source>Contacts for the decision group of «{client}»</source>
        <translation>Контакты для ГПР «{client}»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="71" />
        <source>{total} contacts in the file: {new} new, {dup} already in the group.</source>
        <translation>Контактов в файле: {total}; новых: {new}, уже есть в ГПР: {dup}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="78" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="79" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="80" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="81" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="82" />
        <source>Match in the group</source>
        <translation>Совпадение в ГПР</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="109" />
        <source>Duplicates are not ticked: the person is already in the decision group. Tick a card to add it anyway.</source>
        <translation>Дубликаты не отмечены: этот человек уже есть в ГПР. Отметьте карточку, чтобы всё равно добавить её.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="120" />
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="140" />
        <source>Not imported from the file:</source>
        <translation>Не импортируется из файла:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="143" />
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="163" />
        <source>{reason}: {name}</source>
        <translation>{reason}: {name}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="169" />
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/vcard_dialogs.py" line="193" />
        <source>Add to the group: {n}</source>
        <translation>Добавить в ГПР: {n}</translation>
    </message>
</context>
</TS>
