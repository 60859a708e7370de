// The result page's timeline: segments seek the video, and playheads follow it across the segments and the heat map.
export function attachTimeline(root) {
  const video = root.querySelector('video');
  if (!video) {
    return;
  }

  root.addEventListener('click', event => {
    const target = event.target.closest('[data-seek]');
    if (!target) {
      return;
    }
    video.currentTime = parseFloat(target.dataset.seek);
    movePlayheads();
  });

  const movePlayheads = () => {
    const duration = parseFloat(root.dataset.duration) || video.duration || 1;
    const share = Math.max(0, Math.min(1, video.currentTime / duration));
    for (const playhead of root.querySelectorAll('[data-playhead]')) {
      playhead.style.left = `${share * 100}%`;
    }
    root.dataset.playheadShare = share.toFixed(4);
  };

  const follow = () => {
    movePlayheads();
    if (!video.paused && !video.ended) {
      requestAnimationFrame(follow);
    }
  };

  video.addEventListener('play', () => requestAnimationFrame(follow));
  video.addEventListener('seeked', movePlayheads);
  video.addEventListener('timeupdate', movePlayheads);
  movePlayheads();
}
