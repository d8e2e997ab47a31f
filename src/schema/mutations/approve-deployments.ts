import { definePendingDeploymentsReview } from './pending-deployments-review.js';

definePendingDeploymentsReview('approveDeployments', 'approved');
