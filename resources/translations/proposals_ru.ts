<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArgumentsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="728"/>
        <source>Argument library</source>
        <translation>Библиотека аргументов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="735"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="736"/>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="769"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="737"/>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="770"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="739"/>
        <source>Restore defaults</source>
        <translation>Вернуть стандартные</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="741"/>
        <source>Put back the shipped arguments you deleted; your edits stay</source>
        <translation>Вернуть удалённые стандартные аргументы; ваши правки сохранятся</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="761"/>
        <source>Argument: a reason to choose us</source>
        <translation>Аргумент — почему стоит выбрать нас</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="763"/>
        <source>Answer to an objection: for sceptics and opponents</source>
        <translation>Ответ на возражение — для скептиков и противников</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="786"/>
        <source>Arguments with smaller numbers come first</source>
        <translation>Аргументы с меньшим номером идут первыми</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="801"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="802"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="803"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="856"/>
        <source>Answer to an objection</source>
        <translation>Ответ на возражение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="858"/>
        <source>Argument</source>
        <translation>Аргумент</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="885"/>
        <source>Found by: %1</source>
        <translation>Находится по словам: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="889"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (больше нет в библиотеке)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="778"/>
        <source>For roles:</source>
        <translation>Для ролей:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="805"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="806"/>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="813"/>
        <source>Concerns it answers:</source>
        <translation>На какие опасения отвечает:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="816"/>
        <source>Goes into the variant of a sceptic or an opponent whose recorded concerns match; roles (optional) narrow it to those roles.</source>
        <translation>Попадает в персональный вариант КП скептика или противника, если совпадают записанные у него опасения; роли (необязательно) сужают круг адресатов.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="821"/>
        <source>Values it speaks to:</source>
        <translation>Каким ценностям отвечает:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="824"/>
        <source>Roles are optional when values are chosen: the argument then goes to anyone whose values or decision style mention them.</source>
        <translation>Если выбраны ценности, роли необязательны: аргумент получит каждый, у кого эти ценности упомянуты в ценностях или стиле принятия решений.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="838"/>
        <source>Shipped arguments restored: {n}.</source>
        <translation>Восстановлено встроенных аргументов: {n}.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="291" />
        <source>Catalogue of products and services</source>
        <translation>Каталог товаров и услуг</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="303" />
        <source>e.g. pcs., licence, month</source>
        <translation>напр. шт., лицензия, месяц</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="315" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="316" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="317" />
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="318" />
        <source>Price excl. VAT:</source>
        <translation>Цена без НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="319" />
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="320" />
        <source>VAT, %:</source>
        <translation>НДС, %:</translation>
    </message>
</context>
<context>
    <name>ChecksIndicator</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="97" />
        <source>Checks: %1</source>
        <translation>Проверки: %1</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="154"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="155"/>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="364"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="156"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="162"/>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="163"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Сохранить запись (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="176"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="177"/>
        <source>Put the deleted record back (Ctrl+Z)</source>
        <translation>Вернуть удалённую запись (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="300"/>
        <source>Delete the record (asks first)</source>
        <translation>Удалить запись (с подтверждением)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="326"/>
        <source>this record</source>
        <translation>эту запись</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="351"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="358"/>
        <source>Delete «%1» from the library?</source>
        <translation>Удалить «%1» из библиотеки?</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="369"/>
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="373"/>
        <source>«%1» deleted.</source>
        <translation>«%1» удалено.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="385"/>
        <source>Cannot undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="426"/>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="23"/>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="30"/>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Каталог…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="31"/>
        <source>Products and services with prices</source>
        <translation>Товары и услуги с ценами</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="35"/>
        <source>&amp;Similar projects…</source>
        <translation>&amp;Аналогичные проекты…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="36"/>
        <source>Case studies and referees for proposals</source>
        <translation>Реализованные проекты и рекомендатели для КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="40"/>
        <source>&amp;Arguments…</source>
        <translation>А&amp;ргументы…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="41"/>
        <source>Reusable arguments for each role in the decision group</source>
        <translation>Готовые аргументы для каждой роли в группе принятия решения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="45"/>
        <source>&amp;Values and concerns…</source>
        <translation>&amp;Ценности и опасения…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_menu.py" line="46"/>
        <source>What arguments speak to, and the words that find it in a dossier</source>
        <translation>Чему отвечают аргументы и по каким словам это находится в досье</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="935"/>
        <source>Values and concerns</source>
        <translation>Ценности и опасения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="942"/>
        <source>Arguments are tagged with these. A proposal looks for the keywords in each addressee&apos;s values, decision style and concerns.</source>
        <translation>Ими помечаются аргументы. КП ищет ключевые слова в ценностях, стиле принятия решений и опасениях каждого адресата.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="957"/>
        <source>e.g. надёжность</source>
        <translation>например, надёжность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="958"/>
        <source>e.g. reliability</source>
        <translation>например, reliability</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="960"/>
        <source>надёжн, стабильн, гарант</source>
        <translation>надёжн, стабильн, гарант</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="964"/>
        <source>Beginnings of words, separated by commas: «надёжн» finds «надёжность» and «надёжный». Case and ё/е do not matter; several words find a phrase.</source>
        <translation>Начала слов через запятую: «надёжн» — найдёт «надёжность», «надёжный». Регистр и ё/е не важны; несколько слов подряд ищутся как фраза.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="971"/>
        <source>Type a phrase from a dossier to try the keywords</source>
        <translation>Введите фразу из досье, чтобы проверить ключевые слова</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="980"/>
        <source>Name in Russian:</source>
        <translation>Название по-русски:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="981"/>
        <source>Name in English:</source>
        <translation>Название по-английски:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="982"/>
        <source>Keywords:</source>
        <translation>Ключевые слова:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="983"/>
        <source>Try:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1003"/>
        <source>built-in</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1016"/>
        <source>Arguments in the library that carry it: {n}.</source>
        <translation>Аргументов библиотеки с этой темой: {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1019"/>
        <source>Built in: it can be renamed and its keywords changed, but not deleted.</source>
        <translation>Встроенная: её можно переименовать и изменить ключевые слова, но не удалить.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1027"/>
        <source>A built-in value cannot be deleted: the shipped arguments use it. Rename it or change its keywords instead.</source>
        <translation>Встроенную ценность нельзя удалить — ею помечены стандартные аргументы. Её можно переименовать или изменить ключевые слова.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1037"/>
        <source>Arguments that carry it and will no longer be matched by it: {n}.</source>
        <translation>Аргументов с этой темой, которые больше не будут по ней подбираться: {n}.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1049"/>
        <source>No match.</source>
        <translation>Совпадений нет.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1052"/>
        <source>Finds: %1</source>
        <translation>Найдёт: %1</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="369" />
        <source>Similar projects and referees</source>
        <translation>Аналогичные проекты и рекомендатели</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="380" />
        <source>e.g. 2024</source>
        <translation>напр. 2024</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="384" />
        <source>One result per line, e.g. downtime −18 % in a year</source>
        <translation>По одному результату в строке, напр. простои −18 % за год</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="386" />
        <source>Client company:</source>
        <translation>Компания-клиент:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="387" />
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="388" />
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="389" />
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="390" />
        <source>Quantified results:</source>
        <translation>Результаты в цифрах:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="393" />
        <source>Referees:</source>
        <translation>Рекомендатели:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="395" />
        <source>Add referee</source>
        <translation>Добавить рекомендателя</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="396" />
        <source>Remove referee</source>
        <translation>Удалить рекомендателя</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="405" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="406" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="407" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="408" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="409" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="410" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="419" />
        <source>The referee agreed to be contacted by our clients</source>
        <translation>Рекомендатель согласен, чтобы к нему обращались наши клиенты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="430" />
        <source>Only referees who consented to be contacted are printed in proposals; the others stay here for your own notes.</source>
        <translation>В КП печатаются только рекомендатели, давшие согласие на обращение; остальные хранятся здесь для ваших заметок.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="498" />
        <source>Enter a year such as 2024.</source>
        <translation>Введите год, например 2024.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="538" />
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="539" />
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="540" />
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="541" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="542" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="560" />
        <source>Referee %1, %2:</source>
        <translation>Рекомендатель %1, %2:</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="723" />
        <source>Not saved: someone else changed this proposal. Your edits are kept here.</source>
        <translation>Не сохранено: кто-то другой изменил это КП. Ваши правки остались в форме.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="754" />
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="776" />
        <source>Switches: %1</source>
        <translation>Переключений: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="782" />
        <source>Lines: %1, total %2</source>
        <translation>Позиций: %1, итого %2</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="267" />
        <source>← Proposals</source>
        <translation>← Все КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="268" />
        <source>Back to the client's proposals</source>
        <translation>Назад к списку КП клиента</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="279" />
        <source>Older revisions open read-only</source>
        <translation>Прежние редакции открываются только для чтения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="283" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="284" />
        <source>Save the proposal (Ctrl+S)</source>
        <translation>Сохранить КП (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="286" />
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="289" />
        <source>Shows what the dossier says is missing, then freezes the revision; later changes become a new revision</source>
        <translation>Сначала покажет, чего по досье не хватает, затем зафиксирует редакцию; дальнейшие изменения станут новой редакцией</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="294" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="295" />
        <source>The client accepted this proposal</source>
        <translation>Клиент принял это предложение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="297" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="298" />
        <source>The client turned this proposal down</source>
        <translation>Клиент отклонил это предложение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="329" />
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="329" />
        <source>Addressees, dates and currency</source>
        <translation>Адресаты, даты и валюта</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="332" />
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="333" />
        <source>What the client reads about their business, and our terms</source>
        <translation>Что клиент прочтёт о своём бизнесе, и наши условия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="335" />
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="335" />
        <source>Items, prices and VAT</source>
        <translation>Позиции, цены и НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="336" />
        <source>Figures</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="336" />
        <source>Financial result: payback and ROI</source>
        <translation>Финансовый результат: окупаемость и ROI</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="337" />
        <source>Team</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="337" />
        <source>Preparing team, signatory, referees</source>
        <translation>Рабочая группа, подписант, рекомендатели</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="341" />
        <source>Tailoring</source>
        <translation>Адаптация</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="343" />
        <source>What each addressee's edition carries, and why</source>
        <translation>Что входит в вариант каждого адресата и почему</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="484" />
        <source>Revision %1 — %2</source>
        <translation>Редакция %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="505" />
        <source>Add people in the Decision group tab first.</source>
        <translation>Сначала добавьте людей на вкладке «Группа принятия решения».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="531" />
        <source>— nobody: no signature block —</source>
        <translation>— нет: без блока подписи —</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="554" />
        <source>no consent to be contacted</source>
        <translation>нет согласия на обращение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="576" />
        <source>This revision is read-only: its tailoring is shown as it was made.</source>
        <translation>Эта редакция только для чтения: адаптация показана такой, какой была.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="578" />
        <source>This revision was sent and keeps its tailoring. Save your changes as revision %1, then adjust the tailoring for it.</source>
        <translation>Эта редакция отправлена и сохраняет свою адаптацию. Сохраните изменения как редакцию %1 и настройте адаптацию уже в ней.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="586" />
        <source>New proposal</source>
        <translation>Новое КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="588" />
        <source>revision %1</source>
        <translation>редакция %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="606" />
        <source>Revision %1 is kept as it was sent and is shown read-only. Choose the latest revision above to edit.</source>
        <translation>Редакция %1 хранится в том виде, в каком была отправлена, и открыта только для чтения. Чтобы редактировать, выберите последнюю редакцию выше.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="611" />
        <source>This proposal is decided and cannot change. Duplicate it from the list to make a new one.</source>
        <translation>По этому КП уже принято решение, изменить его нельзя. Чтобы подготовить новое, скопируйте его в списке.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="618" />
        <source>Sent on %1: this revision is frozen. Saving your changes creates revision %2; the sent one stays as it is.</source>
        <translation>Отправлено %1: эта редакция заморожена. При сохранении изменений будет создана редакция %2, отправленная останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="644" />
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="659" />
        <source>Enter an amount such as 1 500 000.</source>
        <translation>Введите сумму, например 1 500 000.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="850" />
        <source>not charged</source>
        <translation>не облагается</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="863" />
        <source>In words (in the document): %1</source>
        <translation>Прописью (в документе): %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="876" />
        <source>enter the expected savings or gain</source>
        <translation>укажите ожидаемую экономию или доход</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="881" />
        <source>never: there is no gain</source>
        <translation>не окупается: нет выгоды</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="884" />
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="942" />
        <source>Tick the addressees on the General tab: each one's edition is argued for their role, values and concerns, and this tab shows why.</source>
        <translation>Отметьте адресатов на вкладке «Общее»: вариант для каждого строится по его роли, ценностям и опасениям, а здесь видно почему.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1011" />
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1157" />
        <source>Cannot save the proposal</source>
        <translation>Не удалось сохранить КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1028" />
        <source>description</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1029" />
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1030" />
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1031" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1032" />
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1033" />
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1038" />
        <source>Line %1, %2:</source>
        <translation>Строка %1, %2:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1127" />
        <source>The catalogue is empty (Library → Catalogue…)</source>
        <translation>Каталог пуст (Библиотека → Каталог…)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1170" />
        <source>The client decided on the sent revision. Discard your unsaved changes?</source>
        <translation>Клиент принял решение по отправленной редакции. Отменить несохранённые изменения?</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1185" />
        <source>Cannot change the status</source>
        <translation>Не удалось изменить статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1218" />
        <source>Cannot open the revision</source>
        <translation>Не удалось открыть редакцию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1227" />
        <source>the new proposal</source>
        <translation>новом КП</translation>
    </message>
</context>
<context>
    <name>ProposalFiguresPage</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="421" />
        <source>Financiers and technical specialists decide on numbers: enter what the client spends today and what the offer saves or earns per year. The proposal then shows payback and return on investment.</source>
        <translation>Финансисты и технические специалисты решают по цифрам: укажите, сколько клиент тратит сегодня и сколько предложение сэкономит или принесёт за год. КП покажет срок окупаемости и рентабельность инвестиций.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="430" />
        <source>Client's current cost per year:</source>
        <translation>Текущие затраты клиента в год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="431" />
        <source>Expected savings or gain per year:</source>
        <translation>Ожидаемая экономия или доход в год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="432" />
        <source>Investment:</source>
        <translation>Инвестиции:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="432" />
        <source>the proposal's net total</source>
        <translation>сумма КП без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="448" />
        <source>Payback:</source>
        <translation>Окупаемость:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="449" />
        <source>ROI over 1 year:</source>
        <translation>ROI за 1 год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="450" />
        <source>ROI over 3 years:</source>
        <translation>ROI за 3 года:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="454" />
        <source>Payback = investment ÷ yearly gain × 12 months. ROI over N years = (yearly gain × N − investment) ÷ investment. Without an investment entered, the proposal's net total is used.</source>
        <translation>Окупаемость = инвестиции ÷ годовая выгода × 12 мес. ROI за N лет = (годовая выгода × N − инвестиции) ÷ инвестиции. Если инвестиции не указаны, берётся сумма КП без НДС.</translation>
    </message>
</context>
<context>
    <name>ProposalGeneralPage</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="154" />
        <source>e.g. Second stage of the MES rollout</source>
        <translation>напр. Вторая очередь внедрения MES</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="157" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="158" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="159" />
        <source>The language of the document, whatever the UI language</source>
        <translation>Язык документа — независимо от языка интерфейса</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="164" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="181" />
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="187" />
        <source>Each addressee gets an edition argued for them: their role chooses the parts, their values and concerns in the dossier choose the arguments (see the Tailoring tab).</source>
        <translation>Каждый адресат получает свой вариант: роль выбирает разделы, а ценности и опасения из досье — аргументы (см. вкладку «Адаптация»).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="200" />
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="201" />
        <source>Addressees:</source>
        <translation>Адресаты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="202" />
        <source>Document language:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="203" />
        <source>Issue date:</source>
        <translation>Дата КП:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="204" />
        <source>Valid for:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="205" />
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
</context>
<context>
    <name>ProposalItemsPage</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="282" />
        <source>Add from catalogue</source>
        <translation>Добавить из каталога</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="285" />
        <source>Add free-text line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="286" />
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="289" />
        <source>Move the line up</source>
        <translation>Переместить строку вверх</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="290" />
        <source>Move the line down</source>
        <translation>Переместить строку вниз</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="304" />
        <source>How the prices relate to VAT in this proposal</source>
        <translation>Как цены этого КП соотносятся с НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="306" />
        <source>Why no VAT, e.g. «УСН, ст. 346.11 НК РФ»</source>
        <translation>Почему без НДС, например «УСН, ст. 346.11 НК РФ»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="311" />
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="403" />
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="312" />
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="354" />
        <source>VAT on top of prices</source>
        <translation>НДС сверху</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="355" />
        <source>Prices include VAT</source>
        <translation>В т. ч. НДС (цены с НДС)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="356" />
        <source>Without VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="363" />
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="364" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="365" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="366" />
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="393" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="367" />
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="368" />
        <source>VAT rate</source>
        <translation>Ставка
НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="369" />
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="393" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="391" />
        <source>Price
excl. VAT</source>
        <translation>Цена
без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="391" />
        <source>Amount
excl. VAT</source>
        <translation>Сумма
без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="392" />
        <source>Price
incl. VAT</source>
        <translation>Цена
с НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="392" />
        <source>Amount
incl. VAT</source>
        <translation>Сумма
с НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="400" />
        <source>Amount before discount:</source>
        <translation>Сумма без скидки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="401" />
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="402" />
        <source>Total excluding VAT:</source>
        <translation>Итого без НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="403" />
        <source>Including VAT:</source>
        <translation>В том числе НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="404" />
        <source>Total to pay:</source>
        <translation>Всего к оплате:</translation>
    </message>
</context>
<context>
    <name>ProposalOutput</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="283"/>
        <source>Writing the documents…</source>
        <translation>Записываю документы…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="274" />
        <source>Folder for the files</source>
        <translation>Папка для файлов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="279" />
        <source>proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="281" />
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="281" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="283" />
        <source>Save the proposal</source>
        <translation>Сохранение КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="297" />
        <source>Word export is not installed in this copy; save as PDF.</source>
        <translation>Сохранение в Word в этой установке недоступно; сохраните в PDF.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="300" />
        <source>Cannot save the proposal</source>
        <translation>Не удалось сохранить КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="311" />
        <source>Cannot open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="312" />
        <source>No application opens %1.</source>
        <translation>Нет приложения, которое открыло бы %1.</translation>
    </message>
</context>
<context>
    <name>ProposalPreview</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="152" />
        <source>Render the proposal for the whole group or for one addressee</source>
        <translation>Показать КП для всей группы или для одного адресата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="161" />
        <source>PDF / Word…</source>
        <translation>PDF / Word…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="162" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="165" />
        <source>Save the edition for the whole group, for one addressee, or one file per addressee, as PDF or Word (Ctrl+Shift+S)</source>
        <translation>Сохранить вариант для всей группы, для одного адресата или по файлу на каждого — в PDF или Word (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="169" />
        <source>Print the shown variant (Ctrl+P)</source>
        <translation>Напечатать показанный вариант (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="208" />
        <source>Whole group</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="210" />
        <source>For %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="237" />
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="275" />
        <source>Rendering…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="304" />
        <source>Pages: {n}</source>
        <translation>Страниц: {n}</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="314" />
        <source>Cannot render: %1</source>
        <translation>Не удалось сформировать: %1</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="115" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="116" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="117" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="118" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="127" />
        <source>expired</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>ProposalTeamPage</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="480" />
        <source>Their name and position close the document, above the signature</source>
        <translation>ФИО и должность подписанта завершают документ, над подписью</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="484" />
        <source>Preparing team</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="489" />
        <source>A proposal prepared by a team, with each member's position and contacts, carries more weight.</source>
        <translation>КП, подготовленное рабочей группой с должностями и контактами каждого участника, весит больше.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="496" />
        <source>Signatory:</source>
        <translation>Подписант:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="500" />
        <source>Referees from similar projects</source>
        <translation>Рекомендатели из аналогичных проектов</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="505" />
        <source>Shown to the HR director. Leave all unchecked to include every referee who consented to be contacted.</source>
        <translation>Показываются директору по персоналу. Если ничего не отмечено, войдут все рекомендатели, давшие согласие на обращение.</translation>
    </message>
</context>
<context>
    <name>ProposalTextsPage</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="218" />
        <source>The client reads only what this proposal holds: these texts, the items and terms, the library's arguments, similar projects and referees who agreed, and our company's details. Nothing else from the dossier — notes, weak points, how they buy, attitudes, personal details — is ever printed.</source>
        <translation>Клиент прочтёт только то, что есть в этом КП: эти тексты, позиции и условия, аргументы из библиотеки, аналогичные проекты и рекомендателей, давших согласие, и реквизиты нашей компании. Остальное из досье — заметки, слабые места, порядок закупок, отношение к нам, личные сведения — никогда не печатается.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="227" />
        <source>What you understand of the client's situation and plans, in their words</source>
        <translation>Как вы понимаете положение и планы клиента — его словами</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="231" />
        <source>Draft from the dossier (strategy) — rewrite it for the client: it is printed under «Our understanding of your business».</source>
        <translation>Черновик из досье (стратегия) — перепишите для клиента: текст печатается в разделе «Наше понимание вашего бизнеса».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="238" />
        <source>One goal per line, e.g. «- launch MES in shops 2 and 5»</source>
        <translation>По задаче в строке, например «- запустить MES в цехах № 2 и № 5»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="242" />
        <source>Draft from the dossier (growth areas) — rewrite it for the client: it is printed under «What this proposal is for».</source>
        <translation>Черновик из досье (направления роста) — перепишите для клиента: текст печатается в разделе «Задачи, которые решает предложение».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="249" />
        <source>e.g. 30 % advance within 10 working days, the rest by stages</source>
        <translation>например, аванс 30 % в течение 10 рабочих дней, остальное по этапам</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="252" />
        <source>e.g. pilot in 8 weeks from the advance</source>
        <translation>например, пилот — 8 недель с даты аванса</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="254" />
        <source>e.g. 12 months on the implementation work</source>
        <translation>например, 12 месяцев на работы по внедрению</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="259" />
        <source>Our understanding of your business</source>
        <translation>Наше понимание вашего бизнеса</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="261" />
        <source>What this proposal is for (goals)</source>
        <translation>Задачи, которые решает предложение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="263" />
        <source>Payment terms</source>
        <translation>Условия оплаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="264" />
        <source>Delivery and implementation terms</source>
        <translation>Сроки поставки и внедрения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_pages.py" line="265" />
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="86" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="87" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="88" />
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="89" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="90" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="107" />
        <source>The validity date has passed and the offer is still open.</source>
        <translation>Срок действия истёк, а решение по предложению не принято.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="151" />
        <source>Proposals</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="170" />
        <source>New proposal</source>
        <translation>Новое КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="171" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="172" />
        <source>Duplicate as new draft</source>
        <translation>Копировать в новый черновик</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="173" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="174" />
        <source>Prepare a proposal</source>
        <translation>Подготовить КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="210" />
        <source>No proposals for this client yet. A proposal is argued for its addressees: pick them from the decision group, add products and prices, and watch the PDF take shape.</source>
        <translation>Для этого клиента ещё нет КП. Предложение аргументируется под адресатов: выберите их из группы принятия решения, добавьте товары и цены — и PDF сформируется у вас на глазах.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="263" />
        <source>Delete the selected draft (Del); you can undo it</source>
        <translation>Удалить выбранный черновик (Del); можно отменить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="265" />
        <source>Copy the selected proposal into a new draft with a new number</source>
        <translation>Скопировать выбранное КП в новый черновик с новым номером</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="351" />
        <source>Cannot create a proposal</source>
        <translation>Не удалось создать КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="364" />
        <source>Cannot open the proposal</source>
        <translation>Не удалось открыть КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="376" />
        <source>Cannot duplicate</source>
        <translation>Не удалось скопировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="389" />
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="402" />
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="390" />
        <source>Only drafts can be deleted; a sent proposal stays on record.</source>
        <translation>Удалять можно только черновики; отправленное КП остаётся в истории.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="394" />
        <source>Delete the draft proposal %1? You can undo this (Ctrl+Z).</source>
        <translation>Удалить черновик КП %1? Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="397" />
        <source>Delete proposal</source>
        <translation>Удаление КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="405" />
        <source>Delete proposal %1</source>
        <translation>Удаление КП %1</translation>
    </message>
</context>
<context>
    <name>SaveEditionsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="98" />
        <source>Save %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="99" />
        <source>The edition for the whole group</source>
        <translation>Вариант для всей группы</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="100" />
        <source>The edition for one addressee:</source>
        <translation>Вариант для одного адресата:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="105" />
        <source>One file per addressee, into a folder (%1 in all)</source>
        <translation>По файлу на каждого адресата, в папку (всего %1)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="110" />
        <source>Named like «%1»</source>
        <translation>Имена файлов вида «%1»</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="121" />
        <source>PDF — to send or print</source>
        <translation>PDF — отправить или распечатать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="122" />
        <source>Word (DOCX) — to edit further</source>
        <translation>Word (DOCX) — чтобы доработать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="125" />
        <source>Word export is not installed in this copy.</source>
        <translation>Сохранение в Word в этой установке недоступно.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="138" />
        <source>What to save</source>
        <translation>Что сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="146" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="151" />
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
</context>
<context>
    <name>SavedEditionsDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="178" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="181" />
        <source>Saved «%1» in %2.</source>
        <translation>Файл «%1» сохранён в папку %2.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="183" />
        <source>Saved in %2:</source>
        <translation>Сохранено в папку %2:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="189" />
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_output.py" line="190" />
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>SendChecksDialog</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="42" />
        <source>Before sending %1</source>
        <translation>Перед отправкой %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="46" />
        <source>The dossier suggests a second look before this proposal goes out. The checks never block sending: send anyway, or go back and adjust the proposal.</source>
        <translation>По досье перед отправкой стоит ещё раз проверить КП. Проверки никогда не запрещают отправку: отправьте как есть или вернитесь и поправьте предложение.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="50" />
        <source>The dossier suggests a second look before this proposal is sent.</source>
        <translation>По досье перед отправкой этого КП стоит ещё раз его проверить.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="70" />
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_checks.py" line="71" />
        <source>Back to the proposal</source>
        <translation>Вернуться к КП</translation>
    </message>
</context>
<context>
    <name>TailoringPanel</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="52" />
        <source>Exclusive terms (executive)</source>
        <translation>Эксклюзивные условия (руководитель)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="53" />
        <source>Similar projects and recommendations</source>
        <translation>Аналогичные проекты и рекомендации</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="56" />
        <source>Economics and financial result</source>
        <translation>Экономика проекта и финансовый результат</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="57" />
        <source>Technical solution and measured results</source>
        <translation>Техническое решение и измеримые результаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="60" />
        <source>Our approach</source>
        <translation>Наш подход</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="61" />
        <source>Answers to your concerns</source>
        <translation>Ответы на ваши вопросы (опасения)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="118" />
        <source>Ticked parts and blocks are printed in this edition. The rules chose them by each reader's role, values, decision style and concerns in the dossier; switch any of them off or on — only this edition changes.</source>
        <translation>Отмеченные разделы и блоки попадут в этот вариант. Их подобрали по роли, ценностям, стилю принятия решений и опасениям каждого читателя из досье; любой можно выключить или включить — изменится только этот вариант.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="133" />
        <source>Edition:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="149" />
        <source>Whole group (joint edition)</source>
        <translation>Вся группа (общий вариант)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="225" />
        <source>Printed — parts: %1, blocks: %2.</source>
        <translation>В документе — разделов: %1, блоков: %2.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="228" />
        <source>Changed by you: %1.</source>
        <translation>Изменено вами: %1.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="275" />
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="295" />
        <source>Nothing in the dossier matches: %1</source>
        <translation>Нет совпадений с досье: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_tailoring.py" line="298" />
        <source>Blocks left out because the dossier records nothing they answer</source>
        <translation>Блоки не включены: в досье нет ничего, на что они отвечают</translation>
    </message>
</context>
<context>
    <name>DraftsOpenedDialog</name>
    <message>
        <source>E-mail drafts</source>
        <translation>Черновики писем</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>нет e-mail</translation>
    </message>
    <message>
        <source>One draft per addressee is open in your mail program:</source>
        <translation>В почтовой программе открыто по черновику на каждого адресата:</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Сохранены в %1</translation>
    </message>
    <message>
        <source>Send them from the mail program. Did you send them? The proposal is then marked as sent today and its follow-up is planned.</source>
        <translation>Отправьте их из почтовой программы. Вы их отправили? Тогда КП будет отмечено как отправленное сегодня, и будет запланировано сопровождение.</translation>
    </message>
    <message>
        <source>Yes, mark as sent</source>
        <translation>Да, отметить как отправленное</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>EditorSending</name>
    <message>
        <source>Send…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Write an e-mail draft per addressee with their edition attached, open them in your mail program, then mark the proposal as sent</source>
        <translation>Подготовить черновик письма каждому адресату с его вариантом КП во вложении, открыть их в почтовой программе, затем отметить КП как отправленное</translation>
    </message>
    <message>
        <source>Re-quote…</source>
        <translation>Обновить цены…</translation>
    </message>
    <message>
        <source>The offer expired: a new revision with current catalogue prices and new dates</source>
        <translation>Срок действия КП истёк: новая редакция с текущими ценами каталога и новыми датами</translation>
    </message>
    <message>
        <source>Follow-up: %1 of %2 steps open; next on %3: %4</source>
        <translation>Сопровождение: открыто шагов — %1 из %2; следующий %3: %4</translation>
    </message>
    <message>
        <source>Follow-up: all %1 steps done.</source>
        <translation>Сопровождение: все шаги (%1) выполнены.</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Mark steps done or move them in Today.</source>
        <translation>Отмечайте выполнение и переносите шаги на странице «Сегодня».</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>Сопровождение: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
</context>
<context>
    <name>ProposalSending</name>
    <message>
        <source>Marked as sent.</source>
        <translation>Отмечено как отправленное.</translation>
    </message>
    <message>
        <source>Follow-up planned: %1 steps, first on %2 (see Today).</source>
        <translation>Запланировано сопровождение: шагов — %1, первый %2 (см. «Сегодня»).</translation>
    </message>
    <message>
        <source>Cannot write the drafts</source>
        <translation>Не удалось записать черновики</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Отправка %1</translation>
    </message>
    <message>
        <source>Writing the e-mail drafts…</source>
        <translation>Подготовка черновиков писем…</translation>
    </message>
    <message>
        <source>Cannot open the drafts</source>
        <translation>Не удалось открыть черновики</translation>
    </message>
    <message>
        <source>No mail program opens .eml files here; the drafts are in %1.</source>
        <translation>Нет почтовой программы, открывающей файлы .eml; черновики лежат в %1.</translation>
    </message>
    <message>
        <source>%1 e-mail drafts written.</source>
        <translation>Черновиков писем записано: %1.</translation>
    </message>
    <message>
        <source>Cannot mark the proposal as sent</source>
        <translation>Не удалось отметить КП как отправленное</translation>
    </message>
    <message>
        <source>Cannot re-quote</source>
        <translation>Не удалось обновить цены</translation>
    </message>
    <message>
        <source>Re-quoted as %1 with current prices.</source>
        <translation>Создана редакция %1 с текущими ценами.</translation>
    </message>
</context>
<context>
    <name>RequoteDialog</name>
    <message>
        <source>Re-quote %1</source>
        <translation>Обновить цены: %1</translation>
    </message>
    <message>
        <source>The offer expired on %1. The re-quote takes the catalogue's current prices and new dates; check what changed before you save it as %2.</source>
        <translation>Срок действия КП истёк %1. В новой редакции — текущие цены каталога и новые даты; проверьте изменения, прежде чем сохранить её как %2.</translation>
    </message>
    <message>
        <source>New dates: issued %1, valid until %2 (%3 days).</source>
        <translation>Новые даты: от %1, действительно до %2 (дней: %3).</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Сохранить как %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Старая цена</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>typed by hand: kept</source>
        <translation>введено вручную: без изменений</translation>
    </message>
    <message>
        <source>no longer in the catalogue: kept</source>
        <translation>нет в каталоге: цена сохранена</translation>
    </message>
    <message>
        <source>catalogue price in another currency: kept</source>
        <translation>в каталоге в другой валюте: цена сохранена</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>VAT %1 → %2</source>
        <translation>НДС %1 → %2</translation>
    </message>
    <message>
        <source>Total: %1 → %2</source>
        <translation>Итого: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TabSending</name>
    <message>
        <source>Send…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Write an e-mail draft per addressee with their edition attached, open them in your mail program, then mark the proposal as sent</source>
        <translation>Подготовить черновик письма каждому адресату с его вариантом КП во вложении, открыть их в почтовой программе, затем отметить КП как отправленное</translation>
    </message>
    <message>
        <source>Re-quote…</source>
        <translation>Обновить цены…</translation>
    </message>
    <message>
        <source>The offer expired: a new revision with current catalogue prices and new dates</source>
        <translation>Срок действия КП истёк: новая редакция с текущими ценами каталога и новыми датами</translation>
    </message>
    <message>
        <source>Cannot open the proposal</source>
        <translation>Не удалось открыть КП</translation>
    </message>
</context>
</TS>