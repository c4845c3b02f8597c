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
    <message numerus="yes">
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="838"/>
        <source>%n shipped argument(s) restored.</source>
        <translation>
            <numerusform>Возвращён %n стандартный аргумент.</numerusform>
            <numerusform>Возвращено %n стандартных аргумента.</numerusform>
            <numerusform>Возвращено %n стандартных аргументов.</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1016"/>
        <source>%n argument(s) in the library carry it.</source>
        <translation>
            <numerusform>Ею помечен %n аргумент библиотеки.</numerusform>
            <numerusform>Ею помечены %n аргумента библиотеки.</numerusform>
            <numerusform>Ею помечено %n аргументов библиотеки.</numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../kam_desktop/gui/library_dialogs.py" line="1037"/>
        <source>%n argument(s) carry it and will no longer be matched by it.</source>
        <translation>
            <numerusform>Ею помечен %n аргумент — по ней он больше не будет подбираться.</numerusform>
            <numerusform>Ею помечены %n аргумента — по ней они больше не будут подбираться.</numerusform>
            <numerusform>Ею помечено %n аргументов — по ней они больше не будут подбираться.</numerusform>
        </translation>
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
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="210" />
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="211" />
        <source>Items and prices</source>
        <translation>Позиции и цены</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="212" />
        <source>Financial result</source>
        <translation>Финансовый результат</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="213" />
        <source>Team and referees</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="246" />
        <source>← Proposals</source>
        <translation>← Все КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="247" />
        <source>Back to the client's proposals</source>
        <translation>Назад к списку КП клиента</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="257" />
        <source>Older revisions open read-only</source>
        <translation>Прежние редакции открываются только для чтения</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="259" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="260" />
        <source>Save the proposal (Ctrl+S)</source>
        <translation>Сохранить КП (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="262" />
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="264" />
        <source>The revision is frozen once sent; later changes become a new revision</source>
        <translation>После отправки редакция замораживается; дальнейшие изменения создают новую редакцию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="267" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="268" />
        <source>The client accepted this proposal</source>
        <translation>Клиент принял это предложение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="270" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="271" />
        <source>The client turned this proposal down</source>
        <translation>Клиент отклонил это предложение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="298" />
        <source>e.g. Second stage of the MES rollout</source>
        <translation>напр. Вторая очередь внедрения MES</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="303" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="304" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="305" />
        <source>The language of the document, whatever the UI language</source>
        <translation>Язык документа — независимо от языка интерфейса</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="312" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="331" />
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="337" />
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="340" />
        <source>Each addressee's role decides the arguments: exclusivity for the executive, similar projects and referees for the HR director, figures for the financier and the technical specialist.</source>
        <translation>Роль адресата определяет аргументы: эксклюзивность — руководителю, аналогичные проекты и рекомендатели — директору по персоналу, цифры — финансисту и техническому специалисту.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="352" />
        <source>Addressees:</source>
        <translation>Адресаты:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="353" />
        <source>Document language:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="354" />
        <source>Issue date:</source>
        <translation>Дата КП:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="355" />
        <source>Valid for:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="356" />
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="361" />
        <source>Add from catalogue</source>
        <translation>Добавить из каталога</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="365" />
        <source>Add free-text line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="367" />
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="371" />
        <source>Move the line up</source>
        <translation>Переместить строку вверх</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="372" />
        <source>Move the line down</source>
        <translation>Переместить строку вниз</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="386" />
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="387" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="388" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="389" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="390" />
        <source>Disc. %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="391" />
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="392" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="407" />
        <source>Net amount: after the discount, before VAT</source>
        <translation>Сумма после скидки, без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="419" />
        <source>Subtotal:</source>
        <translation>Сумма без скидки:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="420" />
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="421" />
        <source>Net of VAT:</source>
        <translation>Без НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="422" />
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="423" />
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="464" />
        <source>Financiers and technical specialists decide on numbers: enter what the client spends today and what the offer saves or earns per year. The proposal then shows payback and return on investment.</source>
        <translation>Финансисты и технические специалисты решают по цифрам: укажите, сколько клиент тратит сегодня и сколько предложение сэкономит или принесёт за год. КП покажет срок окупаемости и рентабельность инвестиций.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="476" />
        <source>Client's current cost per year:</source>
        <translation>Текущие затраты клиента в год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="477" />
        <source>Expected savings or gain per year:</source>
        <translation>Ожидаемая экономия или доход в год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="478" />
        <source>Investment:</source>
        <translation>Инвестиции:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="478" />
        <source>the proposal's net total</source>
        <translation>сумма КП без НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="490" />
        <source>Payback:</source>
        <translation>Окупаемость:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="491" />
        <source>ROI over 1 year:</source>
        <translation>ROI за 1 год:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="492" />
        <source>ROI over 3 years:</source>
        <translation>ROI за 3 года:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="495" />
        <source>Payback = investment ÷ yearly gain × 12 months. ROI over N years = (yearly gain × N − investment) ÷ investment. Without an investment entered, the proposal's net total is used.</source>
        <translation>Окупаемость = инвестиции ÷ годовая выгода × 12 мес. ROI за N лет = (годовая выгода × N − инвестиции) ÷ инвестиции. Если инвестиции не указаны, берётся сумма КП без НДС.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="513" />
        <source>A proposal prepared by a team, with each member's position and contacts, carries more weight.</source>
        <translation>КП, подготовленное рабочей группой с должностями и контактами каждого участника, весит больше.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="519" />
        <source>Shown to the HR director. Leave all unchecked to include every referee who consented to be contacted.</source>
        <translation>Показываются директору по персоналу. Если ничего не отмечено, войдут все рекомендатели, давшие согласие на обращение.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="527" />
        <source>Preparing team:</source>
        <translation>Рабочая группа:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="531" />
        <source>Referees from similar projects:</source>
        <translation>Рекомендатели из аналогичных проектов:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="594" />
        <source>Revision %1 — %2</source>
        <translation>Редакция %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="614" />
        <source>Add people in the Decision group tab first.</source>
        <translation>Сначала добавьте людей на вкладке «Группа принятия решения».</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="635" />
        <source>no consent to be contacted</source>
        <translation>нет согласия на обращение</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="651" />
        <source>New proposal</source>
        <translation>Новое КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="653" />
        <source>revision %1</source>
        <translation>редакция %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="671" />
        <source>Revision %1 is kept as it was sent and is shown read-only. Choose the latest revision above to edit.</source>
        <translation>Редакция %1 хранится в том виде, в каком была отправлена, и открыта только для чтения. Чтобы редактировать, выберите последнюю редакцию выше.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="676" />
        <source>This proposal is decided and cannot change. Duplicate it from the list to make a new one.</source>
        <translation>По этому КП уже принято решение, изменить его нельзя. Чтобы подготовить новое, скопируйте его в списке.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="683" />
        <source>Sent on %1: this revision is frozen. Saving your changes creates revision %2; the sent one stays as it is.</source>
        <translation>Отправлено %1: эта редакция заморожена. При сохранении изменений будет создана редакция %2, отправленная останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="709" />
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="724" />
        <source>Enter an amount such as 1 500 000.</source>
        <translation>Введите сумму, например 1 500 000.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="840" />
        <source>In words (in the document): %1</source>
        <translation>Прописью (в документе): %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="853" />
        <source>enter the expected savings or gain</source>
        <translation>укажите ожидаемую экономию или доход</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="858" />
        <source>never: there is no gain</source>
        <translation>не окупается: нет выгоды</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="861" />
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="903" />
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1048" />
        <source>Cannot save the proposal</source>
        <translation>Не удалось сохранить КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="920" />
        <source>description</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="921" />
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="922" />
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="923" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="924" />
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="925" />
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="930" />
        <source>Line %1, %2:</source>
        <translation>Строка %1, %2:</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1020" />
        <source>The catalogue is empty (Library → Catalogue…)</source>
        <translation>Каталог пуст (Библиотека → Каталог…)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1061" />
        <source>The client decided on the sent revision. Discard your unsaved changes?</source>
        <translation>Клиент принял решение по отправленной редакции. Отменить несохранённые изменения?</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1074" />
        <source>Cannot change the status</source>
        <translation>Не удалось изменить статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1093" />
        <source>Cannot open the revision</source>
        <translation>Не удалось открыть редакцию</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="1102" />
        <source>the new proposal</source>
        <translation>новом КП</translation>
    </message>
</context>
<context>
    <name>ProposalPreview</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="148" />
        <source>Render the proposal for the whole group or for one addressee</source>
        <translation>Показать КП для всей группы или для одного адресата</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="156" />
        <source>Save as PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="157" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="158" />
        <source>Save the shown variant as a PDF file (Ctrl+Shift+S)</source>
        <translation>Сохранить показанный вариант в файл PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="159" />
        <source>Print the shown variant (Ctrl+P)</source>
        <translation>Напечатать показанный вариант (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="198" />
        <source>Whole group</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="200" />
        <source>For %1</source>
        <translation>Для: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="216" />
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="254" />
        <source>Rendering…</source>
        <translation>Обновление…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="283" />
        <source>%n page(s)</source>
        <translation><numerusform>%n стр.</numerusform><numerusform>%n стр.</numerusform><numerusform>%n стр.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="293" />
        <source>Cannot render: %1</source>
        <translation>Не удалось сформировать: %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="319" />
        <source>Save proposal as PDF</source>
        <translation>Сохранить КП в PDF</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_preview.py" line="319" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="86" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="87" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="88" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="89" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposal_editor.py" line="98" />
        <source>expired</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="84" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="85" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="86" />
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="87" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="88" />
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="105" />
        <source>The validity date has passed and the offer is still open.</source>
        <translation>Срок действия истёк, а решение по предложению не принято.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="134" />
        <source>Delete proposal %1</source>
        <translation>Удаление КП %1</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="181" />
        <source>Proposals</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="195" />
        <source>New proposal</source>
        <translation>Новое КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="196" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="197" />
        <source>Duplicate as new draft</source>
        <translation>Копировать в новый черновик</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="198" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="199" />
        <source>Prepare a proposal</source>
        <translation>Подготовить КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="234" />
        <source>No proposals for this client yet. A proposal is argued for its addressees: pick them from the decision group, add products and prices, and watch the PDF take shape.</source>
        <translation>Для этого клиента ещё нет КП. Предложение аргументируется под адресатов: выберите их из группы принятия решения, добавьте товары и цены — и PDF сформируется у вас на глазах.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="287" />
        <source>Delete the selected draft (Del); you can undo it</source>
        <translation>Удалить выбранный черновик (Del); можно отменить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="289" />
        <source>Copy the selected proposal into a new draft with a new number</source>
        <translation>Скопировать выбранное КП в новый черновик с новым номером</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="375" />
        <source>Cannot create a proposal</source>
        <translation>Не удалось создать КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="388" />
        <source>Cannot open the proposal</source>
        <translation>Не удалось открыть КП</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="400" />
        <source>Cannot duplicate</source>
        <translation>Не удалось скопировать</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="413" />
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="426" />
        <source>Cannot delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="414" />
        <source>Only drafts can be deleted; a sent proposal stays on record.</source>
        <translation>Удалять можно только черновики; отправленное КП остаётся в истории.</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="418" />
        <source>Delete the draft proposal %1? You can undo this (Ctrl+Z).</source>
        <translation>Удалить черновик КП %1? Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kam_desktop/gui/proposals_tab.py" line="421" />
        <source>Delete proposal</source>
        <translation>Удаление КП</translation>
    </message>
</context>
</TS>