import { type Answer, answerLabels, type ChecklistItem } from '../api/types';
import { Segmented } from '../Segmented';

const choices: Answer[] = ['pass', 'fail', 'na'];

/** One row per item, three thumb-sized buttons each (a radio group, so screen readers announce the choice). */
export const ChecklistForm = ({
  checklist,
  answers,
  onAnswer,
  readOnly = false,
}: {
  checklist: readonly ChecklistItem[];
  answers: Readonly<Record<string, Answer>>;
  onAnswer?: (itemId: string, answer: Answer) => void;
  readOnly?: boolean;
}) => (
  <section className="card" data-testid="checklist">
    <h2>检查清单</h2>
    <ol className="checklist">
      {checklist.map((item) => (
        <li key={item.itemId} data-testid="checklist-item">
          <p>
            {item.text}
            {item.photoRequired ? <span className="tag">需拍照</span> : null}
          </p>
          {readOnly ? null : (
            <Segmented
              name={`answer-${item.itemId}`}
              legend={item.text}
              options={choices.map((choice) => ({ value: choice, label: answerLabels[choice] }))}
              value={answers[item.itemId]}
              onChange={(answer) => onAnswer?.(item.itemId, answer)}
            />
          )}
        </li>
      ))}
    </ol>
  </section>
);
