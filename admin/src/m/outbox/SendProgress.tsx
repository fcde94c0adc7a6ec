import type { PhotoProgress } from './outbox';

/** The bar under the submit button: which photo, how much of it, then the server's check. */
export const SendProgress = ({ progress }: { progress: PhotoProgress | null }) => {
  if (!progress) return null;
  const percent = Math.round(progress.fraction * 100);
  const text =
    progress.stage === 'verify'
      ? `第 ${progress.photo + 1}/${progress.of} 张照片校验中…`
      : `上传第 ${progress.photo + 1}/${progress.of} 张照片：${percent}%`;
  return (
    <div className="progress" data-testid="upload-progress">
      <progress max={100} value={progress.stage === 'verify' ? 100 : percent} aria-label="上传进度" />
      <p className="hint">{text}</p>
    </div>
  );
};
